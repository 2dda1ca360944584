package cn.gov.sh.tradesecret.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A whole year's schedule, loaded by an operator: complete or refused naming the wrong day. The
 * year here is a made-up test year, not an official schedule.
 */
class YearScheduleTest {

  private static final int YEAR = 2031;
  private static final LocalDate HOLIDAY = LocalDate.of(2031, 10, 1); // a Wednesday
  private static final LocalDate MAKEUP = LocalDate.of(2031, 9, 27); // a Saturday

  /** Every day of the test year, one line each, after the header. */
  private static List<String> lines() {
    List<String> lines = new ArrayList<>(List.of("# test year", YearSchedule.HEADER));
    for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      String kind =
          day.equals(HOLIDAY)
              ? "holiday,National Day"
              : day.equals(MAKEUP) ? "makeup,National Day" : weekend ? "rest," : "working,";
      lines.add(day + "," + kind);
    }
    return lines;
  }

  private static WorkingDayCalendar load(List<String> lines) {
    Map<String, java.io.Reader> schedules = new LinkedHashMap<>();
    schedules.put(
        "shipped",
        new java.io.InputStreamReader(
            YearScheduleTest.class
                .getClassLoader()
                .getResourceAsStream(CalendarConfiguration.SHIPPED),
            java.nio.charset.StandardCharsets.UTF_8));
    schedules.put("2031.csv", new StringReader(String.join("\n", lines)));
    return WorkingDayCalendar.of(schedules);
  }

  private static List<String> changed(UnaryOperator<List<String>> change) {
    return change.apply(lines());
  }

  private static void assertRefused(List<String> lines, String... naming) {
    assertThatThrownBy(() -> load(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday schedule 2031.csv refused")
        .hasMessageContainingAll(naming);
  }

  @Test
  void aCompleteYearIsLoadedWithItsHolidaysAndMakeUpDays() {
    WorkingDayCalendar calendar = load(lines());

    assertThat(calendar.covers(YEAR)).isTrue();
    assertThat(calendar.isWorkingDay(HOLIDAY)).isFalse();
    assertThat(calendar.isWorkingDay(MAKEUP)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 2))).isTrue();
    assertThat(calendar.covers(2026)).as("the shipped years stay").isTrue();
  }

  @Test
  void aMissingDayIsRefusedNamingIt() {
    assertRefused(
        changed(
            lines -> {
              lines.removeIf(line -> line.startsWith("2031-02-14"));
              return lines;
            }),
        "2031-02-14 is missing");
  }

  @Test
  void aDoubledDayIsRefusedNamingItAndItsLines() {
    assertRefused(
        changed(
            lines -> {
              lines.add("2031-03-04,working,");
              return lines;
            }),
        "2031-03-04 appears twice");
  }

  @Test
  void aWorkingWeekendDayNotMarkedMakeUpIsRefusedNamingIt() {
    assertRefused(
        changed(
            lines -> {
              lines.replaceAll(
                  line -> line.startsWith("2031-03-08") ? "2031-03-08,working," : line);
              return lines;
            }),
        "2031-03-08 (SATURDAY)",
        "makeup");
  }

  @Test
  void aMakeUpOrRestOnAWeekdayIsRefusedNamingIt() {
    assertRefused(
        changed(
            lines -> {
              lines.replaceAll(line -> line.startsWith("2031-03-04") ? "2031-03-04,makeup," : line);
              return lines;
            }),
        "2031-03-04 (TUESDAY)");
    assertRefused(
        changed(
            lines -> {
              lines.replaceAll(line -> line.startsWith("2031-03-05") ? "2031-03-05,rest," : line);
              return lines;
            }),
        "2031-03-05 (WEDNESDAY)",
        "holiday");
  }

  @Test
  void aDayOfAnotherYearAnUnknownKindOrABadDateIsRefused() {
    assertRefused(
        changed(
            lines -> {
              lines.add("2032-01-01,holiday,New Year");
              return lines;
            }),
        "2032-01-01",
        "not in 2031");
    assertRefused(
        changed(
            lines -> {
              lines.replaceAll(line -> line.startsWith("2031-03-04") ? "2031-03-04,party," : line);
              return lines;
            }),
        "2031-03-04",
        "'party'");
    assertRefused(
        changed(
            lines -> {
              lines.add("2031-02-30,working,");
              return lines;
            }),
        "'2031-02-30' is not a date");
    assertRefused(List.of(YearSchedule.HEADER), "lists no day");
  }
}
