/**
 * Limits at the door: requests per account (429 with Retry-After), request size, browser origins.
 */
package cn.gov.sh.tradesecret.gateway.limits;
