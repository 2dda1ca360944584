package cn.gov.sh.tradesecret.cases.deadline;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the market-regulation penalty procedure, on the State Council's working-day
 * calendar ({@link WorkingDayCalendar}); a period does not count its first day, and ends at the end
 * of its last day, Asia/Shanghai time.
 *
 * <ul>
 *   <li>Filing decision: 15 working days from receipt of the lead, extendable once by 15 working days
 *       with the head's approval.</li>
 *   <li>Case decision: 90 days from filing, extendable by 30 days with the head's approval, beyond that
 *       only by a collective decision that sets the date. Time spent on testing, technical appraisal or
 *       identifying the rights holder does not count; a last day that is not a working day moves to the
 *       next working day.</li>
 * </ul>
 */
@Component
public class DecisionDeadlines {

  public static final int FILING_WORKING_DAYS = 15;
  public static final int FILING_EXTENSION_WORKING_DAYS = 15;
  public static final int CASE_DAYS = 90;
  public static final int CASE_EXTENSION_DAYS = 30;
  /** A deadline this many working days away, or fewer, is approaching. */
  public static final int APPROACHING_WORKING_DAYS = 3;

  private final WorkingDayCalendar calendar;

  public DecisionDeadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** Last day to decide whether to file a case on a lead received at {@code receivedAt}. */
  public LocalDate filingDecisionDue(Instant receivedAt, boolean extended) {
    LocalDate due = calendar.addWorkingDays(WorkingDayCalendar.dayOf(receivedAt), FILING_WORKING_DAYS);
    return extended ? calendar.addWorkingDays(due, FILING_EXTENSION_WORKING_DAYS) : due;
  }

  /**
   * Last day to decide a case filed at {@code filedAt}.
   *
   * @param extensionDays days granted by the head (0 or 30)
   * @param pausedDays    days the clock stood still for appraisals
   * @param collectiveDue the date a collective decision set, which then governs; null when none
   */
  public LocalDate caseDecisionDue(Instant filedAt, int extensionDays, int pausedDays, LocalDate collectiveDue) {
    if (collectiveDue != null) {
      return collectiveDue;
    }
    return calendar.onOrNextWorkingDay(
        WorkingDayCalendar.dayOf(filedAt).plusDays((long) CASE_DAYS + extensionDays + pausedDays));
  }

  /** Calendar days an appraisal stopped the clock: from the day it started to the day it came back. */
  public int pausedDays(Instant startedAt, Instant finishedAt) {
    return (int) ChronoUnit.DAYS.between(WorkingDayCalendar.dayOf(startedAt), WorkingDayCalendar.dayOf(finishedAt));
  }

  public Instant endOf(LocalDate due) {
    return WorkingDayCalendar.endOf(due);
  }

  public boolean isBreached(LocalDate due, Instant now) {
    return !now.isBefore(WorkingDayCalendar.endOf(due));
  }

  /** Working days after today up to and including the last day; 0 on the last day itself. */
  public int workingDaysLeft(LocalDate due, Instant now) {
    return calendar.workingDaysBetween(WorkingDayCalendar.dayOf(now), due);
  }

  /** Not yet passed, and at most {@value #APPROACHING_WORKING_DAYS} working days away. */
  public boolean isApproaching(LocalDate due, Instant now) {
    return !isBreached(due, now) && workingDaysLeft(due, now) <= APPROACHING_WORKING_DAYS;
  }

  /** What a lead or case shows of its deadline at {@code now}. */
  public DeadlineView view(LocalDate due, Instant now, boolean paused, boolean extended) {
    if (due == null) {
      return null;
    }
    boolean breached = isBreached(due, now);
    return new DeadlineView(due, endOf(due),
        breached ? 0 : (int) ChronoUnit.DAYS.between(WorkingDayCalendar.dayOf(now), due),
        breached ? 0 : workingDaysLeft(due, now), paused, extended, breached);
  }
}
