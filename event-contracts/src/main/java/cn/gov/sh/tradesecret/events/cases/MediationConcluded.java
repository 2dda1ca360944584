package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The parties concluded an administrative mediation agreement (行政调解); referral-service asks the
 * competent court for judicial confirmation (司法确认).
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param courtUnit the competent court, e.g. {@code COURT-310117}
 * @param agreementSha256 SHA-256 fingerprint of the agreement document (hex)
 * @param concludedAt when
 */
public record MediationConcluded(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    String courtUnit,
    String agreementSha256,
    Instant concludedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
