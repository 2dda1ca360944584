package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case was closed (结案).
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param outcome PENALTY, MEDIATION, REFERRAL or NO_PENALTY
 * @param claimedAmount loss or illegal gain in yuan
 * @param suspectedCrime at or above the criminal threshold
 * @param fine fine imposed in yuan (0 when none)
 * @param confiscation confiscated illegal gains in yuan (0 when none)
 * @param closedAt when
 */
public record CaseClosed(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    String outcome,
    BigDecimal claimedAmount,
    boolean suspectedCrime,
    BigDecimal fine,
    BigDecimal confiscation,
    Instant closedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
