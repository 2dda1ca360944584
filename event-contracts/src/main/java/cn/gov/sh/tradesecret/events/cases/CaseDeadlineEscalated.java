package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A legal deadline of a lead or case reached 75% of its time without the decision: it is escalated
 * to the head of the owning bureau, as a breach is to the procuratorate. The 75% point lies on the
 * time from the clock's start to the end of its last day as it stands (moved by appraisals and
 * extensions); published once per deadline date, not while an appraisal stops a case's clock.
 *
 * @param subjectId the lead or case
 * @param subjectKind LEAD or CASE
 * @param caseNumber the case number (null for a lead)
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau, whose head is told
 * @param deadline FILING_DECISION or CASE_DECISION
 * @param startedAt when the clock started: the lead's receipt, the case's filing
 * @param due end of the last day, Asia/Shanghai
 * @param reachedAt when the 75% point was noticed
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     was counted on weekends alone and may move once the schedule is published
 */
public record CaseDeadlineEscalated(
    String subjectId,
    String subjectKind,
    @Nullable String caseNumber,
    String district,
    String owningUnit,
    String deadline,
    Instant startedAt,
    Instant due,
    Instant reachedAt,
    boolean provisional)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return subjectId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(owningUnit);
  }
}
