package cn.gov.sh.tradesecret.support.outbox;

import cn.gov.sh.tradesecret.events.EventContract;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.support.web.Correlation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: the only way a service publishes an event. The event is stored in the
 * transaction of the state change it reports, so it exists if and only if that change committed;
 * the {@link OutboxRelay} then sends it to Kafka, even if the broker was down at commit time.
 */
public class Outbox {

  private final JdbcTemplate jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final String source;
  private final OutboxRelay relay;
  private final TraceContext traceContext;

  public Outbox(
      JdbcTemplate jdbc,
      JsonMapper json,
      Clock clock,
      String source,
      OutboxRelay relay,
      TraceContext traceContext) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.source = source;
    this.relay = relay;
    this.traceContext = traceContext;
  }

  /**
   * Records {@code payload} as an event of the current transaction, carrying the current
   * correlation id and W3C trace context.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   * @throws IllegalStateException when the payload lacks a field its contract requires
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public <T extends EventPayload> EventEnvelope<T> append(T payload) {
    List<String> missing = EventContract.missingFields(payload);
    if (!missing.isEmpty()) {
      // a producer's bug: its consumers would dead-letter the event, so the change fails instead
      throw new IllegalStateException(
          payload.getClass().getSimpleName() + " without its required " + missing);
    }
    EventEnvelope<T> envelope =
        EventEnvelope.of(source, payload, clock.instant(), Correlation.currentOrNew());
    jdbc.update(
        "insert into outbox_event (id, topic, message_key, event_type, payload, created_at, traceparent) "
            + "values (?, ?, ?, ?, ?, ?, ?)",
        UUID.fromString(envelope.id()),
        envelope.topic(),
        envelope.subject(),
        envelope.type(),
        json.writeValueAsString(envelope),
        Timestamp.from(envelope.time()),
        traceContext.traceparent().orElse(null));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.wakeUp();
          }
        });
    return envelope;
  }
}
