package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whole calendar years from {@code from} to {@code to}, both included, counted in Asia/Shanghai as
 * the white paper counts them.
 */
public record YearRange(int from, int to) {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Refuses a range that ends before it starts, naming {@code from}. */
  public YearRange {
    if (from > to) {
      throw DomainException.invalidField("from", "must not be after to (" + to + ")");
    }
  }

  /**
   * The range a request names: one {@code year}, or {@code from} and {@code to}, where {@code to}
   * defaults to {@code currentYear} and {@code from} to {@code to}; nothing at all is the current
   * year. A year with a range is refused, naming the range's parameter.
   */
  public static YearRange of(Integer year, Integer from, Integer to, int currentYear) {
    if (year != null) {
      if (from != null || to != null) {
        throw DomainException.invalidField(
            from != null ? "from" : "to", "give either year, or from and to");
      }
      return new YearRange(year, year);
    }
    int last = to == null ? currentYear : to;
    return new YearRange(from == null ? last : from, last);
  }

  /** The current year in Shanghai on {@code clock}. */
  public static int currentYear(Clock clock) {
    return clock.instant().atZone(SHANGHAI).getYear();
  }

  /** The first day of {@code from}. */
  public LocalDate firstDay() {
    return LocalDate.of(from, 1, 1);
  }

  /** The last day of {@code to}. */
  public LocalDate lastDay() {
    return LocalDate.of(to, 12, 31);
  }

  /** The first moment of the range. */
  public Instant start() {
    return firstDay().atStartOfDay(SHANGHAI).toInstant();
  }

  /** The first moment after the range. */
  public Instant end() {
    return lastDay().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
  }
}
