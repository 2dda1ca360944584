package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * A mediation agreement concluded in case-service was sent to the competent court for judicial
 * confirmation (行政调解 + 司法确认). Keyed by case, like ConfirmationGranted and ConfirmationRefused.
 *
 * @param confirmationId the confirmation request
 * @param caseId the administrative case
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the bureau that mediated
 * @param courtUnit the court asked to confirm
 * @param agreementSha256 SHA-256 fingerprint of the agreement (hex)
 * @param requestedAt when
 */
public record ConfirmationRequested(
    String confirmationId,
    String caseId,
    String district,
    String owningUnit,
    String courtUnit,
    String agreementSha256,
    Instant requestedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(courtUnit);
  }
}
