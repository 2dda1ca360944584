package cn.gov.sh.tradesecret.support.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days in mainland China: Monday to Friday, less the public holidays of the State Council's
 * schedule, plus the weekend days that schedule makes working days (调休). The schedule is data
 * ({@code date,type,holiday} lines, {@code type} being {@code holiday} or {@code workday}),
 * published each year; an operator adds a year with a file, without a code change (see {@link
 * CalendarProperties}). Legal deadlines end at the end of their last day, Asia/Shanghai time.
 *
 * <p>The one implementation of working-day arithmetic for every service (case-service's filing and
 * decision deadlines, referral-service's clocks).
 */
public final class WorkingDayCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  /** Dates that differ from the Monday-to-Friday rule: true for a working day. */
  private final Map<LocalDate, Boolean> exceptions;

  private final Set<Integer> years;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  private WorkingDayCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
    this.exceptions = Map.copyOf(exceptions);
    this.years = Set.copyOf(years);
  }

  /**
   * Reads schedules; a date in a later one overrides the same date in an earlier one, and a whole
   * year's schedule ({@link YearSchedule}, validated day by day) replaces what earlier ones said of
   * its year.
   */
  public static WorkingDayCalendar of(Map<String, Reader> schedules) {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    Set<Integer> years = new TreeSet<>();
    schedules.forEach(
        (source, reader) -> {
          BufferedReader buffered = new BufferedReader(reader);
          if (YearSchedule.isYearSchedule(firstLine(source, buffered))) {
            var year = YearSchedule.read(source, buffered);
            exceptions.keySet().removeIf(date -> date.getYear() == year.getKey());
            exceptions.putAll(year.getValue());
            years.add(year.getKey());
          } else {
            read(source, buffered, exceptions, years);
          }
        });
    return new WorkingDayCalendar(exceptions, years);
  }

  /** The first line that is neither blank nor a comment, leaving {@code reader} where it was. */
  private static String firstLine(String source, BufferedReader reader) {
    try {
      reader.mark(64 * 1024);
      String line;
      while ((line = reader.readLine()) != null
          && (line.isBlank() || line.strip().startsWith("#"))) {}
      reader.reset();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday schedule " + source, e);
    }
  }

  private static void read(
      String source, Reader reader, Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date,")) {
          continue;
        }
        String[] fields = trimmed.split(",", 3);
        try {
          LocalDate date = LocalDate.parse(fields[0].strip());
          String type = fields.length > 1 ? fields[1].strip() : "";
          switch (type) {
            case "holiday" -> exceptions.put(date, false);
            case "workday" -> exceptions.put(date, true);
            default ->
                throw new IllegalArgumentException(
                    "type must be holiday or workday, not '" + type + "'");
          }
          years.add(date.getYear());
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday schedule " + source, e);
    }
  }

  /** Whether {@code year}'s official schedule is known; outside it only weekends are days off. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  public boolean isWorkingDay(LocalDate date) {
    Boolean exception = exceptions.get(date);
    if (exception != null) {
      return exception;
    }
    if (!covers(date.getYear()) && warnedYears.add(date.getYear())) {
      log.warn(
          "No holiday schedule for {}: counting Monday to Friday as working days; add the State Council's "
              + "schedule of that year (platform.calendar.files)",
          date.getYear());
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The {@code days}-th working day after {@code start} (the start itself does not count). */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate date = start;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 if none.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    int count = 0;
    for (LocalDate date = fromExclusive.plusDays(1);
        !date.isAfter(toInclusive);
        date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * {@code date} itself if it is a working day, else the next working day (a last day that falls on
   * a day off moves).
   */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The calendar day of an instant in Shanghai. */
  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** The end of {@code day} in Shanghai: the first instant after it. */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }
}
