package cn.gov.sh.tradesecret.enterprise.deposit.web;

import java.time.Instant;

/**
 * A deposit as its enterprise sees it.
 *
 * @param receiptNumber what an officer attaches to a case's evidence
 * @param depositedAt the time in the timestamp token
 * @param timestampToken the RFC 3161 token (DER, base64): verify it with {@code openssl ts -verify
 *     -digest <sha256> -token_in -in <token file> -CAfile <the published certificate>}
 */
record DepositResponse(
    String id,
    String receiptNumber,
    String sha256,
    String title,
    String category,
    boolean discloseDepositor,
    Instant depositedAt,
    byte[] timestampToken) {}
