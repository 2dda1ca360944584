package cn.gov.sh.tradesecret.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the services in tests, never the machine's date. It starts on the suite's date
 * (system property {@value #DATE_PROPERTY}, an ISO date, at 09:00 Asia/Shanghai; {@value
 * #DEFAULT_DATE} when unset) and then moves with the real elapsed time, so that retries, orderings
 * and time-outs behave as in production. A test that needs another moment sets it: {@link #setTo}
 * (time flows on from there) or {@link #freezeAt} (time stands still until set again); {@link
 * #reset} goes back to the suite's date.
 *
 * <p>The default date keeps every deadline the tests compute inside the years of the holiday
 * schedule (2025 and 2026); running the suite with another date (say {@code
 * -Dplatform.test.date=2026-09-30}) shows that no test depends on the day it runs.
 */
public final class TestClock extends Clock {

  public static final String DATE_PROPERTY = "platform.test.date";
  public static final String DEFAULT_DATE = "2026-03-02";
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final TestClock SUITE = new TestClock();

  // guarded by this: the three move together
  private Instant base;
  private long baseNanos;
  private boolean frozen;

  public TestClock() {
    reset();
  }

  /**
   * The clock of every service context in this JVM ({@link PlatformTestInfrastructure} makes it
   * their {@code Clock}), and of the test data they are sent: one time for the test and the
   * service.
   */
  public static TestClock suite() {
    return SUITE;
  }

  /** The time on {@link #suite()}. */
  public static Instant now() {
    return SUITE.instant();
  }

  /** The suite's date, as {@value #DATE_PROPERTY} sets it. */
  public static LocalDate suiteDate() {
    String date = System.getProperty(DATE_PROPERTY, "");
    return LocalDate.parse(date.isBlank() ? DEFAULT_DATE : date.strip());
  }

  /** 09:00 in Shanghai on the suite's date: where every test clock starts. */
  public static Instant suiteStart() {
    return atNine(suiteDate());
  }

  /** 09:00 in Shanghai on {@code day}. */
  public static Instant atNine(LocalDate day) {
    return day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant();
  }

  /** From now on the time is {@code instant}, and it flows on from there. */
  public void setTo(Instant instant) {
    move(instant, false);
  }

  /** From now on the time is {@code instant}, standing still until the test sets it again. */
  public void freezeAt(Instant instant) {
    move(instant, true);
  }

  /** Moves the time on by {@code duration}, keeping it flowing or frozen. */
  public synchronized void advance(Duration duration) {
    move(instant().plus(duration), frozen);
  }

  /** Back to the suite's start, flowing. */
  public void reset() {
    move(suiteStart(), false);
  }

  /** Today in Shanghai. */
  public LocalDate today() {
    return instant().atZone(SHANGHAI).toLocalDate();
  }

  private synchronized void move(Instant instant, boolean freeze) {
    base = instant;
    baseNanos = System.nanoTime();
    frozen = freeze;
  }

  @Override
  public synchronized Instant instant() {
    return frozen ? base : base.plusNanos(System.nanoTime() - baseNanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the services work in UTC instants");
  }
}
