package cn.gov.sh.tradesecret.notifications.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery meters: {@code notification_webhook_attempts_total{outcome=delivered|failed}},
 * {@code notification_webhook_dead_letters_total}, {@code
 * notification_webhook_attempt_latency_seconds} (the receiver's answer) and {@code
 * notification_webhook_delivery_lag_seconds} (event time to a 2xx) as histograms, so that
 * percentiles aggregate over instances ({@code histogram_quantile(0.99, sum by (le)
 * (rate(notification_webhook_delivery_lag_seconds_bucket[5m])))}), and {@code
 * notification_webhook_queue_depth} (messages waiting, whatever their endpoint's state).
 */
@Component
public class DeliveryMetrics {

  private final Counter delivered;
  private final Counter failed;
  private final Counter dead;
  private final Timer attemptLatency;
  private final Timer deliveryLag;

  DeliveryMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
    delivered =
        Counter.builder("notification.webhook.attempts")
            .tag("outcome", "delivered")
            .description("webhook attempts answered with 2xx")
            .register(registry);
    failed =
        Counter.builder("notification.webhook.attempts")
            .tag("outcome", "failed")
            .description("webhook attempts that failed (non-2xx, timeout, connection error)")
            .register(registry);
    dead =
        Counter.builder("notification.webhook.dead.letters")
            .description("messages that exhausted their attempts")
            .register(registry);
    attemptLatency =
        Timer.builder("notification.webhook.attempt.latency")
            .description("time the receiving system took to answer")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry);
    deliveryLag =
        Timer.builder("notification.webhook.delivery.lag")
            .description("from the event's time to its acknowledgement by the receiver")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofDays(3))
            .register(registry);
    Gauge.builder(
            "notification.webhook.queue.depth",
            () ->
                jdbc.queryForObject(
                    "select count(*) from delivery where status = 'PENDING'", Long.class))
        .description("webhook messages waiting for delivery")
        .register(registry);
  }

  public void attempted(boolean succeeded, Duration latency) {
    (succeeded ? delivered : failed).increment();
    attemptLatency.record(latency);
  }

  public void delivered(Duration lag) {
    deliveryLag.record(lag.isNegative() ? Duration.ZERO : lag);
  }

  public void deadLettered() {
    dead.increment();
  }
}
