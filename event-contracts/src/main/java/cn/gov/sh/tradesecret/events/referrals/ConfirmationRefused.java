package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A court refused to confirm a mediation agreement; case-service reopens the case.
 *
 * @param confirmationId the confirmation request
 * @param caseId the administrative case
 * @param district jurisdiction of the owning bureau
 * @param courtUnit the court
 * @param reasons the court's reasons
 * @param refusedAt when
 */
public record ConfirmationRefused(
    String confirmationId,
    String caseId,
    String district,
    String courtUnit,
    String reasons,
    Instant refusedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
