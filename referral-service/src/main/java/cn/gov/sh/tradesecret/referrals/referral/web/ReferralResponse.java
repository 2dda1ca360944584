package cn.gov.sh.tradesecret.referrals.referral.web;

import java.time.Instant;
import java.util.List;

/** A referral as the API shows it. */
record ReferralResponse(
    String id,
    String caseId,
    String caseNumber,
    String district,
    String referringUnit,
    String procuratorateUnit,
    String policeUnit,
    String forwardedFrom,
    String reason,
    String status,
    String supervision,
    List<String> materials,
    String criminalCaseNumber,
    String proposedBy,
    Instant proposedAt,
    Instant updatedAt) {}
