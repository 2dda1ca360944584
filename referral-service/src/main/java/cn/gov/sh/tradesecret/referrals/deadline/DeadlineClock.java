package cn.gov.sh.tradesecret.referrals.deadline;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * The clocks of the referral procedure (State Council regulation on the transfer of suspected
 * criminal cases, 2020 revision) and how each runs. A clock in days starts on the day after the
 * triggering event and ends at the end of its last day, Asia/Shanghai; a last day that falls on a
 * weekend or public holiday moves to the next working day (the shared {@link WorkingDayCalendar}).
 * A clock in hours runs exact hours. The 75% point is 75% of the time from the trigger to the end.
 */
public enum DeadlineClock {
  /** The head approves or rejects within 3 days of the proposal (art. 5). */
  APPROVAL(3, 0),
  /** An approved referral is transferred within 24 hours (art. 5). */
  TRANSFER(0, 24),
  /** The police accept or decline within 3 days of receipt (art. 8). */
  DECISION(3, 0),
  /**
   * A police unit that is not competent forwards the referral to the competent one within 24 hours
   * of its receipt (art. 7). Runs from each receipt until the unit forwards or decides (a competent
   * unit does not forward); a later forwarding is still taken, the law does not close it, but the
   * breach stays on record.
   */
  FORWARDING(0, 24),
  /**
   * The bureau may ask for reconsideration within 3 days of the decline (art. 9); the right lapses
   * after.
   */
  RECONSIDERATION_REQUEST(3, 0),
  /**
   * The bureau may ask the procuratorate to supervise within 3 days of the decline or of the
   * reconsideration decision (art. 9).
   */
  SUPERVISION_REQUEST(3, 0),
  /** The police decide a reconsideration within 3 days of the request (art. 9). */
  RECONSIDERATION_DECISION(3, 0),
  /** The police explain a decline to the procuratorate within 7 days. */
  EXPLANATION(7, 0),
  /** The police file the case within 15 days of the procuratorate's order. */
  FILING(15, 0),
  /** The bureau hands over the items involved within 3 days of the filing notice. */
  HANDOVER(3, 0);

  private final int days;
  private final int hours;

  DeadlineClock(int days, int hours) {
    this.days = days;
    this.hours = hours;
  }

  /** When the clock started by {@code trigger} passes. */
  public Instant dueAfter(Instant trigger, WorkingDayCalendar calendar) {
    if (hours > 0) {
      return trigger.plus(Duration.ofHours(hours));
    }
    LocalDate lastDay = WorkingDayCalendar.dayOf(trigger).plusDays(days);
    return WorkingDayCalendar.endOf(calendar.onOrNextWorkingDay(lastDay));
  }

  /**
   * Whether the clock's last day was found without an official holiday schedule for a year from the
   * trigger's to the due day's (counted on weekends alone, it may move once the schedule is
   * loaded); a clock in hours never is.
   */
  public boolean isProvisional(Instant trigger, Instant due, WorkingDayCalendar calendar) {
    return hours == 0
        && IntStream.rangeClosed(
                WorkingDayCalendar.dayOf(trigger).getYear(),
                WorkingDayCalendar.dayOf(due).getYear())
            .anyMatch(year -> !calendar.covers(year));
  }

  /** The 75% point of a clock from {@code trigger} to {@code due}. */
  public static Instant warnAt(Instant trigger, Instant due) {
    return trigger.plus(Duration.between(trigger, due).multipliedBy(3).dividedBy(4));
  }
}
