package cn.gov.sh.tradesecret.notifications.delivery;

import cn.gov.sh.tradesecret.notifications.delivery.DeliveryStatements.Claim;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryStatements.Due;
import cn.gov.sh.tradesecret.notifications.metrics.DeliveryMetrics;
import cn.gov.sh.tradesecret.notifications.webhook.EndpointAddressGuard;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints.DisabledReason;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSecrets;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * workers of this and other instances skip it, so no message is sent twice at once; if the instance
 * dies mid-attempt the lock goes with the connection and the message, still pending, is sent again
 * later with the same {@code webhook-id}. Only the oldest pending message of an endpoint+aggregate
 * line is eligible: a later event of a referral waits until the earlier one is delivered or dead.
 * The statements, and the query plans behind the claim, are in {@link DeliveryStatements}.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  /**
   * Due messages a claim looks at first; only when none of them may be sent does it look at all.
   */
  private static final int CANDIDATES = 64;

  private final DeliveryStatements statements;
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

  /**
   * A claim found due messages it could not take (in flight, or waiting behind a message in
   * flight): the worker that ends an attempt looks again, though nothing else was due.
   */
  private final AtomicBoolean blocked = new AtomicBoolean();

  private final List<Thread> threads = new ArrayList<>();

  /** The workers waiting for an endpoint's answer. */
  private final Set<Thread> sending = ConcurrentHashMap.newKeySet();

  private volatile boolean running;

  DeliveryWorker(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      WebhookEndpoints endpoints,
      DeliveryMetrics metrics,
      DeliveryProperties properties,
      EndpointAddressGuard guard,
      WebhookSecrets secrets,
      Clock clock) {
    this.statements = new DeliveryStatements(jdbc);
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
   * than at their next poll. A busy worker takes a wake-up that came during its attempt when the
   * attempt is over.
   */
  void wakeUp(int messages) {
    int wake = Math.min(messages, properties.workers() - wakeUps.availablePermits());
    if (wake > 0) {
      wakeUps.release(wake);
    }
  }

  /** What {@link #attemptOne()} did. */
  enum Attempt {
    /** no message could be claimed */
    NONE,
    /** attempted the only due message */
    LAST,
    /** attempted a message, more were due */
    MORE
  }

  /** Makes one attempt on one due message, if there is one. */
  Attempt attemptOne() {
    return transaction.execute(
        status -> {
          Claim claim = claim(CANDIDATES);
          if (claim.message().isEmpty() && claim.due() == CANDIDATES) {
            // the first candidates are all in flight or wait behind an earlier message of their
            // line
            claim = claim(null);
          }
          if (claim.message().isEmpty()) {
            if (claim.due() > 0) {
              blocked.set(true);
            }
            return Attempt.NONE;
          }
          attempt(claim.message().get());
          return claim.due() > 1 ? Attempt.MORE : Attempt.LAST;
        });
  }

  private Claim claim(Integer candidates) {
    return statements.claim(candidates, clock.instant());
  }

  private void attempt(Due message) {
    String messageId = message.id().toString();
    long timestamp = clock.instant().getEpochSecond();
    // Where the host points now, not at registration: a refused address is a failed attempt, no
    // request is made.
    // The check and the client's connect use the JDK's address cache (30 s), so they see the same
    // addresses.
    Optional<String> refused = guard.refusal(message.url());
    WebhookSender.Outcome outcome;
    if (refused.isPresent()) {
      log.warn("Endpoint {}: not sent, {}", message.endpointId(), refused.get());
      outcome =
          new WebhookSender.Outcome(
              null, 0, WebhookSender.truncate("refused: " + refused.get()), null);
    } else {
      String signature =
          WebhookSignature.sign(
              secrets.open(message.signingSecrets()), messageId, timestamp, message.body());
      sending.add(Thread.currentThread());
      try {
        if (!running) {
          // stopping: no attempt is made, the transaction rolls back and the message stays as it
          // was
          throw new IllegalStateException("stopping: message " + messageId + " left for later");
        }
        outcome = sender.send(message.url(), messageId, timestamp, signature, message.body());
      } finally {
        sending.remove(Thread.currentThread());
      }
    }
    Instant now = clock.instant();
    metrics.attempted(outcome.succeeded(), Duration.ofMillis(outcome.latencyMillis()));
    int attempts = message.attempts() + 1;
    if (outcome.succeeded()) {
      statements.delivered(message, attempts, outcome);
      metrics.delivered(Duration.between(message.occurredAt(), now));
      return;
    }
    statements.attemptFailed(message, outcome);
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
      statements.retryLater(message, attempts, retry.get(), outcome);
    } else {
      statements.dead(message, attempts, outcome);
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
      Attempt attempt;
      try {
        attempt = attemptOne();
      } catch (RuntimeException e) {
        if (running) {
          log.warn("Delivery worker failed, retrying: {}", e.getMessage());
        }
        attempt = Attempt.NONE;
      }
      if (attempt == Attempt.LAST && blocked.getAndSet(false)) {
        attempt = Attempt.MORE;
      }
      // after the last due message, a claim would find nothing: wait for the next wake-up instead
      if (attempt != Attempt.MORE && running) {
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
    // A worker that is sending finishes its attempt; the others stop now, also one waiting for a
    // connection that will not come (the database may be stopping too).
    threads.stream().filter(thread -> !sending.contains(thread)).forEach(Thread::interrupt);
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
