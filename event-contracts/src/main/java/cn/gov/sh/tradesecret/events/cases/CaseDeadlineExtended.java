package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A legal deadline of a lead or case was extended: the filing decision once by 15 working days, the
 * case decision by 30 days with the head's approval, beyond that by a recorded collective decision
 * (market-regulation penalty procedure).
 *
 * @param subjectId the lead or case
 * @param subjectKind LEAD or CASE
 * @param caseNumber the case number (null for a lead)
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param deadline FILING_DECISION or CASE_DECISION
 * @param basis HEAD_APPROVAL or COLLECTIVE_DECISION
 * @param previousDue the deadline before (end of its last day, Asia/Shanghai)
 * @param newDue the deadline now
 * @param approvedBy the approving head's account
 * @param extendedAt when
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     was counted on weekends alone and may move once the schedule is published (null on events
 *     published before it was carried)
 */
public record CaseDeadlineExtended(
    String subjectId,
    String subjectKind,
    @Nullable String caseNumber,
    String district,
    String owningUnit,
    String deadline,
    String basis,
    Instant previousDue,
    Instant newDue,
    String approvedBy,
    Instant extendedAt,
    @Nullable Boolean provisional)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return subjectId;
  }
}
