package cn.gov.sh.tradesecret.support.consumer;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.support.web.Correlation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies consumed events once in effect: the event id is recorded in {@code processed_event} in
 * the same transaction as the effect, so a redelivered event (a rebalance, a producer retry, an
 * outbox relay that crashed after sending) finds its id and changes nothing.
 *
 * <p>A message that cannot be read throws {@link MalformedEventException}; the listener container's
 * error handler sends it to the dead-letter topic without retrying, and any other failure after
 * bounded retries, so one bad message never blocks its partition.
 */
public class EventHandling {

  private static final Logger log = LoggerFactory.getLogger(EventHandling.class);

  private final EventReader reader;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String consumer;

  public EventHandling(
      EventReader reader,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock,
      String consumer) {
    this.reader = reader;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.consumer = consumer;
  }

  /**
   * Reads {@code record} and, unless this service already applied it, runs {@code effect} in one
   * transaction.
   */
  public void handle(
      ConsumerRecord<String, String> record, Consumer<EventEnvelope<EventPayload>> effect) {
    Optional<EventEnvelope<EventPayload>> read = reader.read(record.value());
    if (read.isEmpty()) {
      log.debug(
          "Skipping an event type this service does not know at {}-{}@{}",
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    EventEnvelope<EventPayload> event = read.get();
    Correlation.run(
        event.correlationid(),
        () ->
            transaction.executeWithoutResult(
                status -> {
                  if (firstTime(event)) {
                    log.info(
                        "Applying {} {} of {} from {}-{}@{}",
                        event.type(),
                        event.id(),
                        event.subject(),
                        record.topic(),
                        record.partition(),
                        record.offset());
                    effect.accept(event);
                  } else {
                    log.info("Event {} ({}) already processed, skipped", event.id(), event.type());
                  }
                }));
  }

  private boolean firstTime(EventEnvelope<?> event) {
    return jdbc.update(
            "insert into processed_event (event_id, consumer, event_type, processed_at) values (?, ?, ?, ?) on conflict do nothing",
            UUID.fromString(event.id()),
            consumer,
            event.type(),
            Timestamp.from(clock.instant()))
        == 1;
  }
}
