package cn.gov.sh.tradesecret.enterprise.deposit.web;

import java.time.Instant;

/**
 * Whether a fingerprint was deposited, and when; {@code depositor} (a credit code) only if the
 * depositor allowed it. Nothing else of the deposit.
 */
record VerificationResponse(
    String sha256, boolean deposited, Instant depositedAt, String depositor) {}
