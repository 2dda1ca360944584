package cn.gov.sh.tradesecret.support.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole year's schedule as an operator loads it ({@code date,kind,name}, header included): every
 * day of one year exactly once, each a {@code working} weekday, a {@code rest} weekend day, a
 * {@code holiday} or a {@code makeup} weekend day made a working day (调休). Anything else refuses
 * the whole file with a message naming the day (or line) that is wrong, so a year is either
 * complete or not loaded.
 */
final class YearSchedule {

  static final String HEADER = "date,kind,name";

  private YearSchedule() {}

  /** Whether a schedule file is of this format: its first meaningful line is the header. */
  static boolean isYearSchedule(String firstLine) {
    return HEADER.equals(firstLine.strip());
  }

  /**
   * The days of {@code source}'s year that differ from the Monday-to-Friday rule (true: working),
   * with its year.
   */
  static Map.Entry<Integer, Map<LocalDate, Boolean>> read(String source, Reader reader) {
    Map<LocalDate, Integer> lineOf = new TreeMap<>();
    Map<LocalDate, Boolean> exceptions = new TreeMap<>();
    Integer year = null;
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || isYearSchedule(trimmed)) {
          continue;
        }
        String[] fields = trimmed.split(",", 3);
        LocalDate date;
        try {
          date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
          throw refused(source, "line " + number + ": '" + fields[0].strip() + "' is not a date");
        }
        if (year == null) {
          year = date.getYear();
        } else if (date.getYear() != year) {
          throw refused(source, date + " (line " + number + ") is not in " + year);
        }
        Integer earlier = lineOf.putIfAbsent(date, number);
        if (earlier != null) {
          throw refused(source, date + " appears twice (lines " + earlier + " and " + number + ")");
        }
        String kind = fields.length > 1 ? fields[1].strip() : "";
        Boolean exception = exception(source, date, kind);
        if (exception != null) {
          exceptions.put(date, exception);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday schedule " + source, e);
    }
    if (year == null) {
      throw refused(source, "it lists no day");
    }
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (!lineOf.containsKey(day)) {
        throw refused(source, day + " is missing: every day of " + year + " must be listed once");
      }
    }
    return Map.entry(year, exceptions);
  }

  /** What {@code kind} makes of {@code date}: null when it follows the weekly rule. */
  private static Boolean exception(String source, LocalDate date, String kind) {
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    String day = date + " (" + date.getDayOfWeek() + ")";
    return switch (kind) {
      case "working" -> {
        if (weekend) {
          throw refused(source, day + " is a weekend day: a working one must be marked makeup");
        }
        yield null;
      }
      case "rest" -> {
        if (!weekend) {
          throw refused(source, day + " is a weekday: a day off on it must be marked holiday");
        }
        yield null;
      }
      case "holiday" -> false;
      case "makeup" -> {
        if (!weekend) {
          throw refused(source, day + " is a weekday: only a weekend day is made up (makeup)");
        }
        yield true;
      }
      default ->
          throw refused(
              source, day + ": kind must be working, rest, holiday or makeup, not '" + kind + "'");
    };
  }

  private static IllegalArgumentException refused(String source, String why) {
    return new IllegalArgumentException("holiday schedule " + source + " refused: " + why);
  }
}
