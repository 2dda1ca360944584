package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An administrative penalty decision (Anti-Unfair Competition Law art. 21): order to stop,
 * confiscation of illegal gains, fine.
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param claimedAmount loss or illegal gain in yuan
 * @param suspectedCrime at or above the criminal threshold (allowed only after police declined)
 * @param fine fine in yuan
 * @param confiscation confiscated illegal gains in yuan
 * @param orderToStop whether the infringement was ordered to stop
 * @param lawVersion the law version whose fine range applied, e.g. {@code AUCL-2019}
 * @param decidedAt when
 */
public record PenaltyDecided(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    BigDecimal claimedAmount,
    boolean suspectedCrime,
    @Nullable BigDecimal fine,
    @Nullable BigDecimal confiscation,
    boolean orderToStop,
    String lawVersion,
    Instant decidedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
