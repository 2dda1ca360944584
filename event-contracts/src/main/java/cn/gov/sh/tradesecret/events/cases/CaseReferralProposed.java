package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case team proposed to refer its case to the police as a suspected crime; referral-service opens
 * the referral, whose first step is the head's approval within 3 days.
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param claimedAmount loss or illegal gain in yuan
 * @param suspectedCrime at or above the threshold; false is a referral on reasonable suspicion
 * @param grounds why the team suspects a crime (no secret point)
 * @param proposedBy the proposing officer's account
 * @param proposedAt when
 */
public record CaseReferralProposed(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    BigDecimal claimedAmount,
    boolean suspectedCrime,
    String grounds,
    String proposedBy,
    Instant proposedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
