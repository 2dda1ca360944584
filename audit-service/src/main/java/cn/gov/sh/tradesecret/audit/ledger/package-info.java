/**
 * The tamper-evident ledger: every event of the platform's topics in a hash chain, and its
 * verification.
 */
package cn.gov.sh.tradesecret.audit.ledger;
