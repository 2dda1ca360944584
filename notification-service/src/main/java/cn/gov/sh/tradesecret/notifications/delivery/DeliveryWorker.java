package cn.gov.sh.tradesecret.notifications.delivery;

import cn.gov.sh.tradesecret.notifications.metrics.DeliveryMetrics;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints.DisabledReason;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages to their endpoints, at least once, in order per endpoint and aggregate.
 *
 * <p>Each attempt runs in one transaction that locks its message ({@code FOR UPDATE SKIP LOCKED}):
 * workers of this and other instances skip it, so no message is sent twice at once; if the
 * instance dies mid-attempt the lock goes with the connection and the message, still pending, is
 * sent again later with the same {@code webhook-id}. Only the oldest pending message of an
 * endpoint+aggregate line is eligible: a later event of a referral waits until the earlier one is
 * delivered or dead.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  private static final String CLAIM = """
      select d.id, d.endpoint_id, e.url, h.body, d.attempts, h.occurred_at,
             (select string_agg(s.secret, ' ' order by s.created_at desc) from webhook_secret s
               where s.endpoint_id = e.id and (s.expires_at is null or s.expires_at > now())) as secrets
      from delivery d
        join webhook_endpoint e on e.id = d.endpoint_id
        join event_history h on h.event_id = d.event_id
      where d.status = 'PENDING' and d.next_attempt_at <= now() and e.status = 'ENABLED'
        and not exists (select 1 from delivery earlier
                        where earlier.endpoint_id = d.endpoint_id and earlier.subject = d.subject
                          and earlier.status = 'PENDING' and earlier.seq < d.seq)
      order by d.next_attempt_at, d.seq
      limit 1
      for update of d skip locked""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final WebhookEndpoints endpoints;
  private final DeliveryMetrics metrics;
  private final DeliveryProperties properties;
  private final RetrySchedule schedule;
  private final WebhookSender sender;
  private final Clock clock;
  private final Object signal = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private long wakeUps;
  private volatile boolean running;

  DeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WebhookEndpoints endpoints,
      DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.endpoints = endpoints;
    this.metrics = metrics;
    this.properties = properties;
    this.schedule = new RetrySchedule(properties);
    this.sender = new WebhookSender(properties);
    this.clock = clock;
  }

  /** New messages are due: every idle worker looks now rather than at its next poll. */
  void wakeUp() {
    synchronized (signal) {
      wakeUps++;
      signal.notifyAll();
    }
  }

  private record Due(UUID id, UUID endpointId, String url, String body, int attempts, Instant occurredAt,
      List<String> secrets) {}

  /** Makes one attempt on one due message, if there is one; true if it did. */
  boolean attemptOne() {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      List<Due> due = jdbc.query(CLAIM, (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
          rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(),
          rs.getString(7) == null ? List.of() : List.of(rs.getString(7).split(" "))));
      if (due.isEmpty()) {
        return false;
      }
      attempt(due.get(0));
      return true;
    }));
  }

  private void attempt(Due message) {
    String messageId = message.id().toString();
    long timestamp = clock.instant().getEpochSecond();
    String signature = WebhookSignature.sign(message.secrets(), messageId, timestamp, message.body());
    WebhookSender.Outcome outcome = sender.send(message.url(), messageId, timestamp, signature, message.body());
    Instant now = clock.instant();
    metrics.attempted(outcome.succeeded(), Duration.ofMillis(outcome.latencyMillis()));
    jdbc.update("""
        insert into delivery_attempt (delivery_id, attempted_at, status_code, latency_ms, error)
        values (?, now(), ?, ?, ?)""", message.id(), outcome.statusCode(), (int) outcome.latencyMillis(),
        outcome.error());
    int attempts = message.attempts() + 1;
    if (outcome.succeeded()) {
      jdbc.update("""
          update delivery set status = 'DELIVERED', attempts = ?, delivered_at = now(), last_status_code = ?,
                              last_error = null
          where id = ?""", attempts, outcome.statusCode(), message.id());
      endpoints.succeeded(message.endpointId(), now);
      metrics.delivered(Duration.between(message.occurredAt(), now));
      return;
    }
    Instant failingSince = endpoints.failed(message.endpointId(), now);
    if (outcome.gone()) {
      log.warn("Endpoint {} answered 410 Gone: disabled", message.endpointId());
      endpoints.disable(message.endpointId(), DisabledReason.GONE, failingSince);
    } else if (!failingSince.isAfter(now.minus(properties.disableAfter()))) {
      log.warn("Endpoint {} failing since {}: disabled", message.endpointId(), failingSince);
      endpoints.disable(message.endpointId(), DisabledReason.FAILING, failingSince);
    }
    Optional<Duration> retry = schedule.next(attempts, outcome.retryAfter());
    if (retry.isPresent()) {
      jdbc.update("""
          update delivery set attempts = ?, next_attempt_at = now() + make_interval(secs => ?), last_status_code = ?,
                              last_error = ?
          where id = ?""", attempts, retry.get().toMillis() / 1000.0, outcome.statusCode(), outcome.error(),
          message.id());
    } else {
      jdbc.update("""
          update delivery set status = 'DEAD', attempts = ?, dead_at = now(), last_status_code = ?, last_error = ?
          where id = ?""", attempts, outcome.statusCode(), outcome.error(), message.id());
      metrics.deadLettered();
    }
  }

  private void run() {
    while (running) {
      long seen;
      synchronized (signal) {
        seen = wakeUps;
      }
      boolean worked;
      try {
        worked = attemptOne();
      } catch (RuntimeException e) {
        log.warn("Delivery worker failed, retrying: {}", e.getMessage());
        worked = false;
      }
      if (!worked) {
        synchronized (signal) {
          if (wakeUps == seen && running) {
            try {
              signal.wait(properties.pollInterval().toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }
      }
    }
  }

  @Override
  public void start() {
    running = true;
    for (int i = 0; i < properties.workers(); i++) {
      Thread thread = new Thread(this::run, "webhook-delivery-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  @Override
  public void stop() {
    running = false;
    wakeUp();
    for (Thread thread : threads) {
      try {
        thread.join(properties.requestTimeout().plusSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the data source goes away. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 2000;
  }
}
