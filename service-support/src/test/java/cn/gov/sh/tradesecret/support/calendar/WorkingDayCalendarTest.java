package cn.gov.sh.tradesecret.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  static WorkingDayCalendar shipped() {
    return WorkingDayCalendar.of(
        Map.of(
            "shipped",
            new InputStreamReader(
                WorkingDayCalendarTest.class
                    .getClassLoader()
                    .getResourceAsStream(CalendarConfiguration.SHIPPED),
                StandardCharsets.UTF_8)));
  }

  final WorkingDayCalendar calendar = shipped();

  @Test
  void weekdaysWorkWeekendsRestOutsideTheSchedule() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-04"))).isTrue(); // Wednesday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
  }

  @Test
  void holidaysRestAndMadeUpWorkingDaysWork() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-28")))
        .isFalse(); // Spring Festival, a Tuesday
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26")))
        .isTrue(); // a Sunday made a working day
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10")))
        .isTrue(); // a Saturday made a working day
  }

  @Test
  void fifteenWorkingDaysAcrossSpringFestival2025() {
    // Received Friday 2025-01-24. Working days: Sun 26 (made up) 1, Mon 27 2, holiday 28 Jan-4 Feb,
    // Wed 5 3, Thu 6 4, Fri 7 5, Sat 8 (made up) 6, Mon 10-Fri 14 7-11, Mon 17-Thu 20 12-15.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-24"), 15))
        .isEqualTo(LocalDate.parse("2025-02-20"));
    assertThat(
            calendar.workingDaysBetween(
                LocalDate.parse("2025-01-24"), LocalDate.parse("2025-02-20")))
        .isEqualTo(15);
    // Three plain weeks: Friday 2026-01-09 plus 15 working days.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-01-09"), 15))
        .isEqualTo(LocalDate.parse("2026-01-30"));
  }

  @Test
  void aLastDayOnADayOffMovesToTheNextWorkingDay() {
    assertThat(calendar.onOrNextWorkingDay(LocalDate.parse("2026-10-01")))
        .isEqualTo(LocalDate.parse("2026-10-08"));
    assertThat(calendar.onOrNextWorkingDay(LocalDate.parse("2026-10-09")))
        .isEqualTo(LocalDate.parse("2026-10-09"));
  }

  @Test
  void aDayEndsAtMidnightInShanghai() {
    assertThat(WorkingDayCalendar.endOf(LocalDate.parse("2026-03-04")))
        .isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
    assertThat(WorkingDayCalendar.dayOf(Instant.parse("2026-03-04T16:30:00Z")))
        .isEqualTo(LocalDate.parse("2026-03-05"));
  }

  @Test
  void anOperatorAddsAYearWithAFileAndNoCodeChange() {
    Map<String, java.io.Reader> schedules = new LinkedHashMap<>();
    schedules.put(
        "2025", new StringReader("date,type,holiday\n2025-01-01,holiday,New Year's Day\n"));
    schedules.put(
        "2027",
        new StringReader(
            "2027-01-01,holiday,New Year's Day\n2027-02-20,workday,Spring Festival\n"));

    WorkingDayCalendar extended = WorkingDayCalendar.of(schedules);

    assertThat(extended.covers(2027)).isTrue();
    assertThat(extended.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(extended.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue(); // a Saturday
    assertThat(calendar.covers(2027)).isFalse();
  }

  @Test
  void aBadLineIsRefusedNamingItsSourceAndLine() {
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.of(
                    Map.of(
                        "extra.csv",
                        new StringReader("2027-01-01,holiday,x\n2027-13-01,holiday,x"))))
        .hasMessageContaining("extra.csv line 2");
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.of(
                    Map.of("extra.csv", new StringReader("2027-01-01,vacation,x"))))
        .hasMessageContaining("holiday or workday");
  }
}
