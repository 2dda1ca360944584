/** The ledger's read-only API: its entries and their verification. */
package cn.gov.sh.tradesecret.audit.ledger.web;
