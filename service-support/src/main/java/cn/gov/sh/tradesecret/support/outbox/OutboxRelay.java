package cn.gov.sh.tradesecret.support.outbox;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox events to Kafka, in the order they were written, at least once.
 *
 * <p>Several instances of a service may run: a PostgreSQL advisory lock held for the length of a
 * batch lets one relay publish at a time, so the events of one aggregate never overtake each other
 * and a crash mid-batch only repeats events (consumers are idempotent). It wakes up right after a
 * commit, and polls in case another instance wrote the event or the broker was down.
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** Advisory-lock key of the relay; each service has its own database. */
  private static final long LOCK_KEY = 0x6f7574626f78L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final KafkaTemplate<String, String> kafka;
  private final OutboxProperties properties;
  private final Semaphore signal = new Semaphore(0);
  private volatile Thread worker;
  private volatile boolean running;
  private long lastCleanup;

  public OutboxRelay(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      KafkaTemplate<String, String> kafka,
      OutboxProperties properties) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.kafka = kafka;
    this.properties = properties;
  }

  /** Asks the relay to look for new events now rather than at its next poll. */
  public void wakeUp() {
    signal.release();
  }

  /**
   * Publishes one batch of unpublished events, if this instance holds the relay lock.
   *
   * @return how many events were published
   */
  public int publishBatch() {
    Integer published =
        transaction.execute(
            status -> {
              if (!Boolean.TRUE.equals(
                  jdbc.queryForObject(
                      "select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY))) {
                return 0;
              }
              List<PendingEvent> batch =
                  jdbc.query(
                      "select seq, topic, message_key, payload, traceparent from outbox_event where published_at is null "
                          + "order by seq limit ?",
                      (rs, row) ->
                          new PendingEvent(
                              rs.getLong(1),
                              rs.getString(2),
                              rs.getString(3),
                              rs.getString(4),
                              rs.getString(5)),
                      properties.batchSize());
              if (batch.isEmpty()) {
                return 0;
              }
              List<CompletableFuture<?>> sends = new ArrayList<>();
              for (PendingEvent event : batch) {
                ProducerRecord<String, String> record =
                    new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record
                    .headers()
                    .add(
                        "content-type",
                        EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.US_ASCII));
                if (event.traceparent() != null) {
                  // The request's trace, not the relay's: consumers continue it (spring-kafka
                  // listener observation).
                  record
                      .headers()
                      .add(
                          TraceContext.HEADER,
                          event.traceparent().getBytes(StandardCharsets.US_ASCII));
                }
                sends.add(kafka.send(record));
              }
              kafka.flush();
              try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
              } catch (Exception e) {
                throw new IllegalStateException(
                    "Kafka did not take the batch; it stays in the outbox", e);
              }
              jdbc.batchUpdate(
                  "update outbox_event set published_at = now() where seq = ?",
                  batch,
                  batch.size(),
                  (statement, event) -> statement.setLong(1, event.seq()));
              return batch.size();
            });
    return published == null ? 0 : published;
  }

  private void run() {
    while (running) {
      try {
        int published = publishBatch();
        cleanUpNowAndThen();
        if (published < properties.batchSize()) {
          signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          signal.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn(
            "Outbox relay could not publish, retrying in {}: {}",
            properties.retryDelay(),
            e.getMessage());
        pause(properties.retryDelay());
      }
    }
  }

  private void cleanUpNowAndThen() {
    long now = System.nanoTime();
    if (now - lastCleanup > Duration.ofMinutes(10).toNanos()) {
      lastCleanup = now;
      jdbc.update(
          "delete from outbox_event where published_at < now() - make_interval(secs => ?)",
          (double) properties.retention().toSeconds());
    }
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    running = true;
    lastCleanup = System.nanoTime();
    worker = new Thread(this::run, "outbox-relay");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the Kafka producer and the data source go away. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }

  private record PendingEvent(
      long seq, String topic, String key, String payload, String traceparent) {}
}
