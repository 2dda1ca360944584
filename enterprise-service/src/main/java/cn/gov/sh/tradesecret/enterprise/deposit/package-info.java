/**
 * Evidence deposits (存证): an enterprise deposits the SHA-256 fingerprint of a document, never the
 * document, and gets an RFC 3161 timestamp token; anyone may ask whether and when a fingerprint was
 * deposited.
 */
package cn.gov.sh.tradesecret.enterprise.deposit;
