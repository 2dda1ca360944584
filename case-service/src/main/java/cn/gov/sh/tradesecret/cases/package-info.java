/**
 * case-service: the market-regulation bureaus' leads and trade-secret infringement cases, from
 * receipt to closing.
 */
package cn.gov.sh.tradesecret.cases;
