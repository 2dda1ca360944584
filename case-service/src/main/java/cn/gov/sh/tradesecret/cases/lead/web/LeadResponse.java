package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead as the API shows it.
 *
 * @param deadline the filing decision deadline while the lead is undecided, else null
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
    String registeredBy,
    Instant registeredAt,
    long version) {}
