package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * An appraisal of a case came back: the decision clock runs again, the deadline moved by the days
 * it was stopped. Carries the conclusion's category and the report's fingerprint, never its
 * content.
 *
 * @param caseId the case
 * @param appraisalId the appraisal
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param matter what was appraised
 * @param conclusion CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE
 * @param reportSha256 SHA-256 fingerprint of the appraisal report (hex)
 * @param pausedDays calendar days the decision clock stood still
 * @param decisionDue the case's new decision deadline (end of its last day, Asia/Shanghai)
 * @param finishedAt when
 */
public record AppraisalFinished(
    String caseId,
    String appraisalId,
    String caseNumber,
    String district,
    String owningUnit,
    String matter,
    String conclusion,
    String reportSha256,
    int pausedDays,
    Instant decisionDue,
    Instant finishedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
