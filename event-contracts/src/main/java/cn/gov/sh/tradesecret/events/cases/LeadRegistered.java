package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lead (线索) was registered with a market-regulation bureau. Carries no description and no secret
 * point: only what other agencies may know.
 *
 * @param leadId the lead's id
 * @param district jurisdiction code of the owning bureau
 * @param owningUnit agency unit that owns the lead, e.g. {@code MR-310117}
 * @param source how the lead came in (complaint, report, inspection...)
 * @param rightsHolder name of the rights holder
 * @param claimedAmount claimed loss or illegal gain in yuan
 * @param receivedAt when the bureau received it: the 15-working-day clock starts here
 * @param reverseReferralId the reverse referral (反向移送) the police sent it in, when that is its
 *     source (else null): what links the lead to the matter the police referred back
 */
public record LeadRegistered(
    String leadId,
    String district,
    String owningUnit,
    String source,
    String rightsHolder,
    BigDecimal claimedAmount,
    Instant receivedAt,
    @Nullable String reverseReferralId)
    implements EventPayload {

  /** A lead that came in by any other way than a reverse referral. */
  public LeadRegistered(
      String leadId,
      String district,
      String owningUnit,
      String source,
      String rightsHolder,
      BigDecimal claimedAmount,
      Instant receivedAt) {
    this(leadId, district, owningUnit, source, rightsHolder, claimedAmount, receivedAt, null);
  }

  @Override
  public String aggregateId() {
    return leadId;
  }
}
