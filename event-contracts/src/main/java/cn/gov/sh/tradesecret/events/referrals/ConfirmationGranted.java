package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A court confirmed a mediation agreement (司法确认); case-service closes the case.
 *
 * @param confirmationId the confirmation request
 * @param caseId the administrative case
 * @param district jurisdiction of the owning bureau
 * @param courtUnit the court
 * @param grantedAt when
 */
public record ConfirmationGranted(
    String confirmationId, String caseId, String district, String courtUnit, Instant grantedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
