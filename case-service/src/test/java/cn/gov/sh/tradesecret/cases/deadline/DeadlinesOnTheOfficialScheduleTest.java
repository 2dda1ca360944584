package cn.gov.sh.tradesecret.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule for periods and their extension (see {@link DecisionDeadlines}) on the State Council's
 * schedules the platform ships (2025 and 2026): weekends, the make-up working days (调休) and the
 * holiday blocks. Each row was counted by hand from the schedule.
 */
class DeadlinesOnTheOfficialScheduleTest {

  private static final DecisionDeadlines DEADLINES =
      new DecisionDeadlines(
          WorkingDayCalendar.of(
              Map.of(
                  "shipped",
                  new InputStreamReader(
                      Objects.requireNonNull(
                          DeadlinesOnTheOfficialScheduleTest.class
                              .getClassLoader()
                              .getResourceAsStream("calendar/cn-holiday-schedule.csv")),
                      StandardCharsets.UTF_8))));

  private static Instant filedOn(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  @ParameterizedTest(name = "filed {0}: 90th day {1} expires {2}, extended {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a working 90th day: the period and its extension end where they fall
        "2026-03-03 | 2026-06-01 (Mon) | 2026-06-01 | 2026-07-01",
        // a Saturday 90th day moves to Monday; the extension runs from that Monday
        "2026-03-01 | 2026-05-30 (Sat) | 2026-06-01 | 2026-07-01",
        // a Sunday inside the Qingming block (4-6 Apr 2026)
        "2026-01-05 | 2026-04-05 (Sun, Qingming) | 2026-04-07 | 2026-05-07",
        // a make-up working Saturday is a working day: nothing moves
        "2025-11-30 | 2026-02-28 (Sat, worked) | 2026-02-28 | 2026-03-30",
        // inside the Spring Festival block (15-23 Feb 2026)
        "2025-11-19 | 2026-02-17 (Spring Festival) | 2026-02-24 | 2026-03-26",
        // the first day of the National Day block (1-8 Oct 2025); extended onto Sat 8 Nov -> Mon 10
        // Nov
        "2025-07-03 | 2025-10-01 (National Day) | 2025-10-09 | 2025-11-10",
        // a working 90th day whose extension lands on 1 Oct 2026, inside the National Day block
        "2026-06-03 | 2026-09-01 (Tue) | 2026-09-01 | 2026-10-08",
      })
  void caseDecisionExpiresOnTheFirstWorkingDayFromTheNinetiethAndAnExtensionRunsFromThatExpiry(
      LocalDate filed, String ninetiethDay, LocalDate expiry, LocalDate extended) {
    assertThat(DEADLINES.caseDecisionDue(filedOn(filed), 0, 0, null)).isEqualTo(expiry);
    assertThat(
            DEADLINES.caseDecisionDue(
                filedOn(filed), DecisionDeadlines.CASE_EXTENSION_DAYS, 0, null))
        .isEqualTo(extended)
        .isAfterOrEqualTo(expiry.plusDays(DecisionDeadlines.CASE_EXTENSION_DAYS));
  }

  @ParameterizedTest(name = "lead received {0}: decide by {1}, extended {2}")
  @CsvSource({
    // Spring Festival 2026: Sat 14 Feb and Sat 28 Feb are worked, 15-23 Feb are off
    "2026-02-10, 2026-03-09, 2026-03-30",
    // the eve of National Day 2026: 1-7 Oct off, Sat 10 Oct worked
    "2026-09-30, 2026-10-27, 2026-11-17",
    // the last week of December 2025, over New Year's Day 2026 (1-3 Jan off, Sun 4 Jan worked)
    "2025-12-29, 2026-01-20, 2026-02-10",
  })
  void filingDecisionCountsWorkingDaysAcrossTheHolidayBlocks(
      LocalDate received, LocalDate due, LocalDate extended) {
    assertThat(DEADLINES.filingDecisionDue(filedOn(received), false)).isEqualTo(due);
    assertThat(DEADLINES.filingDecisionDue(filedOn(received), true)).isEqualTo(extended);
  }

  @ParameterizedTest(name = "due {0}, seen {1}: provisional {2}")
  @CsvSource({
    "2026-12-31, 2026-10-01, false", // within the shipped schedules
    "2027-01-04, 2026-10-01, true", // 2027 has no official schedule yet
    "2027-03-01, 2026-12-30, true",
  })
  void aDeadlineThatReachesAYearWithoutAScheduleIsProvisional(
      LocalDate due, LocalDate seenOn, boolean provisional) {
    DeadlineView view = DEADLINES.view(due, filedOn(seenOn), false, false);

    assertThat(view.provisional()).isEqualTo(provisional);
    assertThat(DEADLINES.isProvisional(due, filedOn(seenOn))).isEqualTo(provisional);
  }
}
