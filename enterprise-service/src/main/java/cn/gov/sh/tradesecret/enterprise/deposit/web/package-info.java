/** The HTTP API of evidence deposits, and the public verification by fingerprint. */
package cn.gov.sh.tradesecret.enterprise.deposit.web;
