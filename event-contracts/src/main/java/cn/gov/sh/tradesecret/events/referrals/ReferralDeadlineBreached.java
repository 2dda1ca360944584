package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clock of a referral step passed without the step being taken; once per clock, always addressed
 * to the procuratorate of the jurisdiction.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param clock which step's clock, e.g. APPROVAL, TRANSFER, DECISION
 * @param responsibleUnit the unit that had to act
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param startedAt when the clock started
 * @param dueAt when it passed
 * @param breachedAt when the breach was noticed
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     was counted on weekends alone and may move once the schedule is published (null on events
 *     published before it was carried)
 */
public record ReferralDeadlineBreached(
    String referralId,
    String caseId,
    String district,
    String clock,
    String responsibleUnit,
    String procuratorateUnit,
    Instant startedAt,
    Instant dueAt,
    Instant breachedAt,
    @Nullable Boolean provisional)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(responsibleUnit, procuratorateUnit);
  }
}
