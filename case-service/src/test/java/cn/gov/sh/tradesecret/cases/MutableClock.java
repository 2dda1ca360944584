package cn.gov.sh.tradesecret.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in integration tests: real time, shifted when a test sets it (time keeps
 * flowing from there). Tests that set it reset it after themselves.
 */
public final class MutableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void setTo(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  /** Import with {@code PlatformTestInfrastructure} in every IT of case-service, so they share one context. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    MutableClock clock() {
      return new MutableClock();
    }
  }
}
