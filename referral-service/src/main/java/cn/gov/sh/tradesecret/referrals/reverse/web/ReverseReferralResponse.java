package cn.gov.sh.tradesecret.referrals.reverse.web;

import java.time.Instant;

/** A reverse referral as the API shows it. */
record ReverseReferralResponse(
    String id,
    String originalCaseId,
    String district,
    String targetUnit,
    String policeUnit,
    String ground,
    String rightsHolder,
    String suspects,
    String summary,
    String submittedBy,
    Instant submittedAt) {}
