package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An administrative penalty decision (Anti-Unfair Competition Law): order to stop, confiscation of
 * illegal gains, fine within the band of the law version that applies to the act: the version in
 * force when the act was committed, unless the one in force at the decision is lighter for the
 * party (Administrative Penalty Law art. 37).
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
 * @param lawArticle the article of {@code lawVersion} whose band applied (null on decisions made
 *     before it was recorded)
 * @param lawChoice why that version applied: LAW_AT_THE_ACT or LIGHTER_LAW_AT_THE_DECISION
 *     (Administrative Penalty Law art. 37); null on decisions made before it was recorded
 * @param actStartedOn the day the infringement took place, or began (Asia/Shanghai); null on
 *     decisions made before it was recorded
 * @param actEndedOn the day a continuing infringement ended, on which it counts as committed; null
 *     for an act of one day
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
    Instant decidedAt,
    @Nullable String lawArticle,
    @Nullable String lawChoice,
    @Nullable LocalDate actStartedOn,
    @Nullable LocalDate actEndedOn)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
