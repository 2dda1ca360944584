/**
 * The case API: filing on a lead, investigation, outcomes, closing, with ETags and idempotency
 * keys.
 */
package cn.gov.sh.tradesecret.cases.infringement.web;
