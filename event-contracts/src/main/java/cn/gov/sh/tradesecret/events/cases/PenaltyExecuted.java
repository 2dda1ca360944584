package cn.gov.sh.tradesecret.events.cases;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a penalty decision was executed (执行): paid in full, paid in instalments or deferred with the
 * bureau's approval (Administrative Penalty Law art. 66), or enforced by the court on the bureau's
 * application (申请法院强制执行, art. 72). A later record of the same case replaces an earlier one
 * (instalments approved, then the last one paid).
 *
 * @param caseId the case
 * @param caseNumber its case number
 * @param district jurisdiction of the owning bureau
 * @param owningUnit the owning bureau
 * @param manner PAID_IN_FULL, INSTALMENTS, DEFERRED or COURT_ENFORCEMENT
 * @param executedOn the day paid, approved, or applied to the court (Asia/Shanghai)
 * @param amountPaid yuan paid so far; never more than the fine plus the confiscation; null when
 *     nothing was paid yet
 * @param documentNumber the payment's receipt number, or the number of the approval of instalments
 *     or deferral; null for a court enforcement
 * @param court the court enforcing, e.g. {@code COURT-310117}; null unless COURT_ENFORCEMENT
 * @param executed whether the decision counts as executed: paid in full or enforced by the court
 * @param recordedBy the officer who recorded it
 * @param recordedAt when
 */
public record PenaltyExecuted(
    String caseId,
    String caseNumber,
    String district,
    String owningUnit,
    String manner,
    LocalDate executedOn,
    @Nullable BigDecimal amountPaid,
    @Nullable String documentNumber,
    @Nullable String court,
    boolean executed,
    String recordedBy,
    Instant recordedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return caseId;
  }
}
