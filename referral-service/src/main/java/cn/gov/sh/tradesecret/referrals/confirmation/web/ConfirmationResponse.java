package cn.gov.sh.tradesecret.referrals.confirmation.web;

import java.time.Instant;

/** A confirmation request as the API shows it. */
record ConfirmationResponse(
    String id,
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    String courtUnit,
    String agreementSha256,
    String status,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String reasons) {}
