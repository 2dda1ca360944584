package cn.gov.sh.tradesecret.cases.deadline;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the market-regulation penalty procedure (《市场监督管理行政处罚程序规定》), on the State
 * Council's working-day calendar ({@link WorkingDayCalendar}).
 *
 * <p>How a period is counted, per its article on periods (期间): the day it starts does not count; it
 * ends at the end of its last day, Asia/Shanghai time; and "期间届满的最后一日为法定节假日的，以法定节假日后的 第一日为期间届满的日期":
 * when the last day is a day off, the first working day after it <em>is</em> the day the period
 * expires.
 *
 * <ul>
 *   <li>Filing decision: 15 working days from receipt of the lead, extendable once by 15 working
 *       days with the head's approval (a count of working days never ends on a day off).
 *   <li>Case decision: 90 days from filing ("自立案之日起九十日内", art. 64). Time spent on testing,
 *       technical appraisal or the rights holder's identification does not count ("不计入"), so it
 *       lengthens the period. The head may extend it by 30 days ("经负责人批准，可以延长三十日"); beyond that
 *       only a collective decision of the heads, which sets the date.
 * </ul>
 *
 * <p><b>An extension runs from the day the period expires, as moved.</b> Since the law makes the
 * first working day after a day off the period's expiry date, the head's 30 days are added to that
 * date, and the extended last day is moved again if it too is a day off. Adding them to the unmoved
 * 90th day would take back the days the holiday rule gave, and could end the extended period before
 * the original one plus thirty days (a case filed on Sun 6 Dec 2026 has its 90th day on Sat 6 Mar
 * 2027, expiring Mon 8 Mar: extended, it expires Wed 7 Apr, not Mon 5 Apr).
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
    LocalDate due =
        calendar.addWorkingDays(WorkingDayCalendar.dayOf(receivedAt), FILING_WORKING_DAYS);
    return extended ? calendar.addWorkingDays(due, FILING_EXTENSION_WORKING_DAYS) : due;
  }

  /**
   * Last day to decide a case filed at {@code filedAt}: 90 days plus the paused days, moved off a
   * day off; when extended, the extension's days from that expiry date, moved again (see the class
   * comment).
   *
   * @param extensionDays days granted by the head (0 or 30)
   * @param pausedDays days the clock stood still for appraisals
   * @param collectiveDue the date a collective decision set, which then governs; null when none
   */
  public LocalDate caseDecisionDue(
      Instant filedAt, int extensionDays, int pausedDays, LocalDate collectiveDue) {
    if (collectiveDue != null) {
      return collectiveDue;
    }
    LocalDate expiry =
        calendar.onOrNextWorkingDay(
            WorkingDayCalendar.dayOf(filedAt).plusDays((long) CASE_DAYS + pausedDays));
    return extensionDays == 0
        ? expiry
        : calendar.onOrNextWorkingDay(expiry.plusDays(extensionDays));
  }

  /**
   * Calendar days an appraisal stopped the clock: from the day it started to the day it came back.
   */
  public int pausedDays(Instant startedAt, Instant finishedAt) {
    return (int)
        ChronoUnit.DAYS.between(
            WorkingDayCalendar.dayOf(startedAt), WorkingDayCalendar.dayOf(finishedAt));
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
    return new DeadlineView(
        due,
        endOf(due),
        breached ? 0 : (int) ChronoUnit.DAYS.between(WorkingDayCalendar.dayOf(now), due),
        breached ? 0 : workingDaysLeft(due, now),
        paused,
        extended,
        breached,
        isProvisional(due, now));
  }

  /**
   * Whether a year from today's to the last day's has no official schedule, so the last day was
   * counted on weekends alone there.
   */
  public boolean isProvisional(LocalDate due, Instant now) {
    int from = Math.min(WorkingDayCalendar.dayOf(now).getYear(), due.getYear());
    return IntStream.rangeClosed(from, due.getYear()).anyMatch(year -> !calendar.covers(year));
  }
}
