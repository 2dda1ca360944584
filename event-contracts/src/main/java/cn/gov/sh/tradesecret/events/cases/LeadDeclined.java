package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A bureau decided not to file a case on a lead (不予立案). Carries the reason's category only: the
 * written reasons may quote the description and stay in case-service.
 *
 * @param leadId the lead
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param reasonCode NO_VIOLATION, INSUFFICIENT_EVIDENCE, NOT_COMPETENT, TIME_BARRED or OTHER
 * @param declinedBy the deciding officer's account
 * @param declinedAt when
 */
public record LeadDeclined(
    String leadId,
    String district,
    String owningUnit,
    String reasonCode,
    String declinedBy,
    Instant declinedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return leadId;
  }
}
