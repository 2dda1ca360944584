package cn.gov.sh.tradesecret.notifications.delivery;

import cn.gov.sh.tradesecret.notifications.metrics.DeliveryMetrics;
import cn.gov.sh.tradesecret.notifications.webhook.EndpointAddressGuard;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSecrets;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints.DisabledReason;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSignature;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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

  /**
   * Due messages in claim order, lowest (next_attempt_at, seq) first: the first {@code ?} (null:
   * all). One table, one index (delivery_due) that gives the order, so the plan is an index walk.
   */
  private static final String DUE = """
      select id from delivery where status = 'PENDING' and next_attempt_at <= now()
      order by next_attempt_at, seq limit ?""";

  /**
   * Of the candidate messages {@code ?}, the first that heads its line, locked. "Heads its line"
   * is the first pending message of the line in the order of delivery_line, a one-row index
   * descent. Candidates are read by a query of their own: EXPLAIN ANALYZE showed the planner, on
   * a young table's statistics, serving a NOT EXISTS line check with whichever index holds
   * {@code seq} (1.4 s per claim at 1,700 pending) and re-running an IN subquery per row (0.2 s).
   */
  private static final String CLAIM = """
      select d.id from delivery d
      where d.id = any(?) and d.status = 'PENDING' and d.next_attempt_at <= now()
        and d.seq = (select l.seq from delivery l where l.line = d.line and l.status = 'PENDING'
                     order by l.line, l.seq limit 1)
        and exists (select 1 from webhook_endpoint e where e.id = d.endpoint_id and e.status = 'ENABLED')
      order by d.next_attempt_at, d.seq
      limit 1
      for update of d skip locked""";

  /** Due messages a claim looks at first; only when none of them may be sent does it look at all. */
  private static final int CANDIDATES = 64;

  /** What an attempt on the claimed message needs. */
  private static final String CLAIMED = """
      select d.id, d.endpoint_id, e.url, h.body, d.attempts, h.occurred_at
      from delivery d
        join webhook_endpoint e on e.id = d.endpoint_id
        join event_history h on h.event_id = d.event_id
      where d.id = ?""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final WebhookEndpoints endpoints;
  private final DeliveryMetrics metrics;
  private final DeliveryProperties properties;
  private final RetrySchedule schedule;
  private final WebhookSender sender;
  private final EndpointAddressGuard guard;
  private final WebhookSecrets secrets;
  private final Clock clock;
  /** Wake-ups not yet taken by a worker, at most one per worker. */
  private final Semaphore wakeUps = new Semaphore(0);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  DeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WebhookEndpoints endpoints,
      DeliveryMetrics metrics, DeliveryProperties properties, EndpointAddressGuard guard, WebhookSecrets secrets,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.endpoints = endpoints;
    this.metrics = metrics;
    this.properties = properties;
    this.schedule = new RetrySchedule(properties);
    this.sender = new WebhookSender(properties);
    this.guard = guard;
    this.secrets = secrets;
    this.clock = clock;
  }

  /**
   * {@code messages} new messages are due: that many idle workers (at most all) look now rather
   * than at their next poll. A busy worker looks again as soon as its attempt is over anyway.
   */
  void wakeUp(int messages) {
    int wake = Math.min(messages, properties.workers() - wakeUps.availablePermits());
    if (wake > 0) {
      wakeUps.release(wake);
    }
  }

  private record Due(UUID id, UUID endpointId, String url, String body, int attempts, Instant occurredAt) {}

  /** Makes one attempt on one due message, if there is one; true if it did. */
  boolean attemptOne() {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      List<UUID> candidates = jdbc.query(DUE, (rs, row) -> rs.getObject(1, UUID.class), CANDIDATES);
      List<UUID> claimed = claim(candidates);
      if (claimed.isEmpty() && candidates.size() == CANDIDATES) {
        // the first candidates are all in flight or wait behind an earlier message of their line
        claimed = claim(jdbc.query(DUE, (rs, row) -> rs.getObject(1, UUID.class), (Object) null));
      }
      if (claimed.isEmpty()) {
        return false;
      }
      List<Due> due = jdbc.query(CLAIMED, (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
          rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant()), claimed.get(0));
      attempt(due.get(0));
      return true;
    }));
  }

  private List<UUID> claim(List<UUID> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    return jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(CLAIM);
      statement.setArray(1, connection.createArrayOf("uuid", candidates.toArray()));
      return statement;
    }, (rs, row) -> rs.getObject(1, UUID.class));
  }

  private void attempt(Due message) {
    String messageId = message.id().toString();
    long timestamp = clock.instant().getEpochSecond();
    // Where the host points now, not at registration: a refused address is a failed attempt, no request is made.
    // The check and the client's connect use the JDK's address cache (30 s), so they see the same addresses.
    Optional<String> refused = guard.refusal(message.url());
    WebhookSender.Outcome outcome;
    if (refused.isPresent()) {
      log.warn("Endpoint {}: not sent, {}", message.endpointId(), refused.get());
      outcome = new WebhookSender.Outcome(null, 0, WebhookSender.truncate("refused: " + refused.get()), null);
    } else {
      String signature = WebhookSignature.sign(secrets.signingSecrets(message.endpointId()), messageId, timestamp,
          message.body());
      outcome = sender.send(message.url(), messageId, timestamp, signature, message.body());
    }
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

  /**
   * Attempts due messages one after the other; when there is none, waits for a wake-up (a commit
   * that queued messages) or, at the latest, the poll interval (retries falling due, messages
   * queued by another instance).
   */
  private void run() {
    while (running) {
      boolean worked;
      try {
        worked = attemptOne();
      } catch (RuntimeException e) {
        log.warn("Delivery worker failed, retrying: {}", e.getMessage());
        worked = false;
      }
      if (!worked && running) {
        try {
          wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
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
    wakeUps.release(threads.size());
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
