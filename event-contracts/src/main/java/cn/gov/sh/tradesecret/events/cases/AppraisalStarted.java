package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A technical appraisal, test or identification of the rights holder was requested for a case: the
 * time it takes does not count against the 90-day decision deadline, so the clock stops.
 *
 * @param caseId the case
 * @param appraisalId the appraisal
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param matter IDENTITY, NON_PUBLIC_NATURE, TESTING or RIGHTS_HOLDER_IDENTIFICATION
 * @param institution the appraisal institution's name
 * @param startedAt when the clock stopped
 */
public record AppraisalStarted(
    String caseId,
    String appraisalId,
    String caseNumber,
    String district,
    String owningUnit,
    String matter,
    String institution,
    Instant startedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
