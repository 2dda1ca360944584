package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead as the API shows it.
 *
 * @param deadline the filing decision deadline while the lead is undecided, else null
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
