package cn.gov.sh.tradesecret.cases.lead.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A lead as the API shows it. */
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
    String registeredBy,
    Instant registeredAt) {}
