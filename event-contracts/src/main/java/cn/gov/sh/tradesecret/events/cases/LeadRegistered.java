package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;

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
 */
public record LeadRegistered(
    String leadId,
    String district,
    String owningUnit,
    String source,
    String rightsHolder,
    BigDecimal claimedAmount,
    Instant receivedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return leadId;
  }
}
