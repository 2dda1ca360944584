package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A legal deadline of a lead or case passed without the decision; published once per deadline date.
 *
 * @param subjectId the lead or case
 * @param subjectKind LEAD or CASE
 * @param caseNumber the case number (null for a lead)
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param deadline FILING_DECISION or CASE_DECISION
 * @param due end of the last day, Asia/Shanghai
 * @param noticedAt when the platform noticed
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     was counted on weekends alone and may move once the schedule is published (null on events
 *     published before it was carried)
 */
public record CaseDeadlineBreached(
    String subjectId,
    String subjectKind,
    @Nullable String caseNumber,
    String district,
    String owningUnit,
    String deadline,
    Instant due,
    Instant noticedAt,
    @Nullable Boolean provisional)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return subjectId;
  }
}
