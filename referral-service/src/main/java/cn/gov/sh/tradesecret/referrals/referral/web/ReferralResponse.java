package cn.gov.sh.tradesecret.referrals.referral.web;

import java.time.Instant;

/** A referral as the API shows it. */
record ReferralResponse(
    String id,
    String caseId,
    String district,
    String referringUnit,
    String reason,
    String status,
    String proposedBy,
    Instant proposedAt) {}
