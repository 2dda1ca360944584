package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clock of a referral step reached 75% of its time without the step being taken; once per clock.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param clock which step's clock, e.g. APPROVAL, TRANSFER, DECISION
 * @param responsibleUnit the unit that must act
 * @param startedAt when the clock started
 * @param dueAt when it passes (exact hours, or the end of the last day, moved to the next working
 *     day)
 * @param reachedAt when the 75% point was noticed
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     was counted on weekends alone and may move once the schedule is published (null on events
 *     published before it was carried)
 */
public record ReferralDeadlineApproaching(
    String referralId,
    String caseId,
    String district,
    String clock,
    String responsibleUnit,
    Instant startedAt,
    Instant dueAt,
    Instant reachedAt,
    @Nullable Boolean provisional)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(responsibleUnit);
  }
}
