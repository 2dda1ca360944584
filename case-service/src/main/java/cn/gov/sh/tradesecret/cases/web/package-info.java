/**
 * HTTP conventions of case-service's API: entity tags for optimistic locking, idempotent creating
 * requests.
 */
package cn.gov.sh.tradesecret.cases.web;
