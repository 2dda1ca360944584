package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The police referred a matter back (反向移送): no crime, or one too minor to prosecute, but an
 * administrative violation; it becomes a lead of the market-regulation bureau of the district.
 *
 * @param referralId the reverse referral
 * @param originalCaseId the administrative case it came from, when it did (else null)
 * @param district district of the bureau it is sent to
 * @param targetUnit that bureau, e.g. {@code MR-310117}
 * @param policeUnit the referring police unit
 * @param rightsHolder name of the rights holder
 * @param suspects names of the suspected infringers, comma-separated
 * @param summary what the police found (no secret point)
 * @param submittedAt when
 */
public record ReverseReferralSubmitted(
    String referralId,
    @Nullable String originalCaseId,
    String district,
    String targetUnit,
    String policeUnit,
    String rightsHolder,
    String suspects,
    String summary,
    Instant submittedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  /** Addressed to the market-regulation bureau that is to take it up as a lead. */
  @Override
  public Set<String> addressedUnits() {
    return Set.of(targetUnit);
  }
}
