/**
 * The lead API: registering a lead, and deciding on it (file, decline, extend) with ETags and
 * idempotency keys.
 */
package cn.gov.sh.tradesecret.cases.lead.web;
