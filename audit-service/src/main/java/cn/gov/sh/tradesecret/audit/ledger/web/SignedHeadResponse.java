package cn.gov.sh.tradesecret.audit.ledger.web;

import cn.gov.sh.tradesecret.audit.ledger.LedgerSignatures;
import java.time.Instant;

/**
 * A head of the chain the timestamping authority signed.
 *
 * @param seq the entry
 * @param entryHash its hash: the token's imprint ({@code openssl ts -verify -digest <entryHash>
 *     -token_in -in <token> -CAfile <the authority's certificate>})
 * @param signedAt the token's time
 * @param requestedBy who asked for it ({@code schedule}: the schedule)
 * @param token the RFC 3161 token, DER in base64
 */
record SignedHeadResponse(
    long seq, String entryHash, Instant signedAt, String requestedBy, byte[] token) {

  static SignedHeadResponse of(LedgerSignatures.SignedHead head) {
    return new SignedHeadResponse(
        head.seq(), head.entryHash(), head.signedAt(), head.requestedBy(), head.token());
  }
}
