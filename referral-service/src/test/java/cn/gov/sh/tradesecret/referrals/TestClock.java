package cn.gov.sh.tradesecret.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in integration tests: the system time until a test sets it, then moved by the test. */
public final class TestClock extends Clock {

  private volatile Instant fixed;

  /** From now on the service's time is {@code instant}. */
  public void set(Instant instant) {
    fixed = instant;
  }

  public void advance(Duration duration) {
    fixed = instant().plus(duration);
  }

  /** Back to the system time. */
  public void reset() {
    fixed = null;
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now != null ? now : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service works in UTC instants");
  }
}
