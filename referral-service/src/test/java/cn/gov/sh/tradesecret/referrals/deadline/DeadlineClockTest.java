package cn.gov.sh.tradesecret.referrals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How each clock runs: days from the day after, a last day off moved to the next working day, exact
 * hours.
 */
class DeadlineClockTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final WorkingDayCalendar CALENDAR =
      WorkingDayCalendar.of(
          Map.of(
              "shipped",
              new InputStreamReader(
                  Objects.requireNonNull(
                      WorkingDayCalendar.class
                          .getClassLoader()
                          .getResourceAsStream("calendar/cn-holiday-schedule.csv")),
                  StandardCharsets.UTF_8)));

  static Instant shanghai(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  @Test
  void threeDaysEndingOnASaturdayMoveToMonday() {
    // Wednesday 4 March 2026: days 5, 6, 7 March; the 7th is a Saturday.
    Instant due = DeadlineClock.APPROVAL.dueAfter(shanghai(2026, 3, 4, 16, 30), CALENDAR);

    assertThat(due).isEqualTo(shanghai(2026, 3, 10, 0, 0));
  }

  @Test
  void threeDaysEndingInTheLabourDayHolidayMoveToTheFirstWorkingDayAfterIt() {
    // Thursday 30 April 2026: the 3rd day is 3 May; 1-5 May are the Labour Day holiday.
    Instant due = DeadlineClock.DECISION.dueAfter(shanghai(2026, 4, 30, 9, 0), CALENDAR);

    assertThat(due).isEqualTo(shanghai(2026, 5, 7, 0, 0));
  }

  @Test
  void threeDaysEndingOnAWorkingDayDoNotMove() {
    // Monday 9 March 2026: the 3rd day is Thursday the 12th, counted from the day after.
    assertThat(
            DeadlineClock.RECONSIDERATION_REQUEST.dueAfter(shanghai(2026, 3, 9, 23, 59), CALENDAR))
        .isEqualTo(shanghai(2026, 3, 13, 0, 0));
  }

  @Test
  void aWeekendDayMadeAWorkingDayIsOne() {
    // Wednesday 6 May 2026: the 3rd day is Saturday 9 May, a working day of the Labour Day schedule
    // (调休).
    assertThat(DeadlineClock.HANDOVER.dueAfter(shanghai(2026, 5, 6, 10, 0), CALENDAR))
        .isEqualTo(shanghai(2026, 5, 10, 0, 0));
  }

  @Test
  void twentyFourHoursAreExactHoursEvenOverAWeekendOrAHoliday() {
    Instant fridayEvening = shanghai(2026, 3, 6, 17, 45);
    Instant beforeLabourDay = shanghai(2026, 4, 30, 18, 0);

    assertThat(DeadlineClock.TRANSFER.dueAfter(fridayEvening, CALENDAR))
        .isEqualTo(shanghai(2026, 3, 7, 17, 45));
    assertThat(DeadlineClock.TRANSFER.dueAfter(beforeLabourDay, CALENDAR))
        .isEqualTo(shanghai(2026, 5, 1, 18, 0));
  }

  @Test
  void forwardingRunsTwentyFourExactHoursFromTheReceipt() {
    Instant receiptedFridayNoon = shanghai(2026, 3, 6, 12, 0);
    Instant receiptedBeforeNationalDay = shanghai(2026, 9, 30, 16, 20);

    assertThat(DeadlineClock.FORWARDING.dueAfter(receiptedFridayNoon, CALENDAR))
        .isEqualTo(shanghai(2026, 3, 7, 12, 0));
    assertThat(DeadlineClock.FORWARDING.dueAfter(receiptedBeforeNationalDay, CALENDAR))
        .isEqualTo(shanghai(2026, 10, 1, 16, 20));
  }

  @Test
  void longerClocksCountCalendarDays() {
    // 15 days from Monday 2 March 2026 end on Tuesday 17 March; 7 days from Friday 25 September
    // 2026 end on
    // 2 October, inside the National Day holiday, and move to Thursday 8 October.
    assertThat(DeadlineClock.FILING.dueAfter(shanghai(2026, 3, 2, 10, 0), CALENDAR))
        .isEqualTo(shanghai(2026, 3, 18, 0, 0));
    assertThat(DeadlineClock.EXPLANATION.dueAfter(shanghai(2026, 9, 25, 10, 0), CALENDAR))
        .isEqualTo(shanghai(2026, 10, 9, 0, 0));
  }

  @Test
  void theWarningComesAtSeventyFivePercentOfTheTime() {
    Instant start = shanghai(2026, 3, 6, 12, 0);

    assertThat(DeadlineClock.warnAt(start, start.plusSeconds(24 * 3600)))
        .isEqualTo(shanghai(2026, 3, 7, 6, 0));
  }

  @Test
  void aDayClockReachingAYearWithoutAScheduleIsProvisionalAndAnHourClockNever() {
    Instant within = shanghai(2026, 3, 4, 16, 30);
    Instant lateDecember = shanghai(2026, 12, 30, 10, 0);

    assertThat(
            DeadlineClock.APPROVAL.isProvisional(
                within, DeadlineClock.APPROVAL.dueAfter(within, CALENDAR), CALENDAR))
        .isFalse();
    assertThat(
            DeadlineClock.APPROVAL.isProvisional(
                lateDecember, DeadlineClock.APPROVAL.dueAfter(lateDecember, CALENDAR), CALENDAR))
        .as("its last day falls in 2027, which has no schedule yet")
        .isTrue();
    Instant lateNewYearsEve = shanghai(2026, 12, 31, 20, 0);
    assertThat(
            DeadlineClock.TRANSFER.isProvisional(
                lateNewYearsEve,
                DeadlineClock.TRANSFER.dueAfter(lateNewYearsEve, CALENDAR),
                CALENDAR))
        .as("24 exact hours need no calendar")
        .isFalse();
  }
}
