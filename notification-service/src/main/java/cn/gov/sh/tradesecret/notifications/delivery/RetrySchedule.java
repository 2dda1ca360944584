package cn.gov.sh.tradesecret.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed message again, per the configured schedule with jitter, or never (a dead
 * letter).
 */
final class RetrySchedule {

  private final List<Duration> delays;
  private final double jitter;
  private final Duration maxRetryAfter;

  RetrySchedule(DeliveryProperties properties) {
    this.delays = List.copyOf(properties.schedule());
    this.jitter = properties.jitter();
    this.maxRetryAfter = properties.maxRetryAfter();
  }

  /**
   * The delay before the next attempt after {@code attemptsMade} failed attempts, at least the
   * receiver's Retry-After (bounded); empty when the schedule is exhausted.
   */
  Optional<Duration> next(int attemptsMade, Duration retryAfter) {
    if (attemptsMade >= delays.size()) {
      return Optional.empty();
    }
    Duration delay = delays.get(attemptsMade);
    long jitterMillis =
        (long) (delay.toMillis() * jitter * ThreadLocalRandom.current().nextDouble());
    delay = delay.plusMillis(jitterMillis);
    if (retryAfter != null) {
      Duration bounded = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
      if (bounded.compareTo(delay) > 0) {
        delay = bounded;
      }
    }
    return Optional.of(delay);
  }
}
