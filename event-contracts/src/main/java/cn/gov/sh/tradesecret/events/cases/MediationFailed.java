package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An administrative mediation (行政调解) ended without an agreement; the case is investigated on. With
 * the agreements the court answered it is what the mediation success rate divides by.
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param reason PARTIES_DID_NOT_AGREE, PARTY_WITHDREW or INVESTIGATION_REQUESTED (the rights holder
 *     asked the bureau to go on with the investigation)
 * @param details what the officer added to the reason; null when nothing
 * @param recordedBy the officer who recorded it
 * @param failedAt when it was recorded
 */
public record MediationFailed(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    String reason,
    @Nullable String details,
    String recordedBy,
    Instant failedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
