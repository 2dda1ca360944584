package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead as the API shows it.
 *
 * @param deadline the filing decision deadline while the lead is undecided, else null
 * @param filingRule while the lead is undecided, the rule in force today on who files its case (a
 *     district bureau only with the municipal bureau's designation, or never); null when none is in
 *     force (the lead's own bureau files) and once the lead is decided
 * @param designationDocument the municipal bureau's designation of the district bureau (SAMR Order
 *     No. 126), with who gave it and when; null when none
 */
record LeadResponse(
    String id,
    String district,
    String owningUnit,
    String source,
    PartyDto rightsHolder,
    List<PartyDto> suspects,
    String description,
    BigDecimal claimedAmount,
    Instant receivedAt,
    String status,
    boolean fastChannel,
    DeadlineView deadline,
    JurisdictionRule filingRule,
    String originReference,
    String declineReasonCode,
    String declineReason,
    String decidedBy,
    Instant decidedAt,
    String caseId,
    String designatedBy,
    Instant designatedAt,
    String designationDocument,
    String registeredBy,
    Instant registeredAt,
    long version) {}
