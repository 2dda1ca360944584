package cn.gov.sh.tradesecret.enterprise.events;

import cn.gov.sh.tradesecret.events.EventContract;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.support.outbox.OutboxRelay;
import cn.gov.sh.tradesecret.support.outbox.TraceContext;
import cn.gov.sh.tradesecret.support.web.Correlation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes this service's events into the shared outbox table ({@code outbox_event}), from where
 * service-support's {@link OutboxRelay} publishes them, in the same envelope as every other event.
 *
 * <p>Why not service-support's {@code Outbox}: it takes the topic and schema version from
 * event-contracts' {@code EventCatalog}, which does not list the enterprise events yet. Once they
 * are there (with a {@code Topics.ENTERPRISE_EVENTS}), this class gives way to {@code
 * Outbox.append}.
 */
@Component
public class EnterpriseEvents {

  /** This service's topic, keyed by report id. */
  public static final String TOPIC = "enterprise-events";

  /** The schema version of every enterprise event type so far. */
  static final int SCHEMA_VERSION = 1;

  private final JdbcTemplate jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final OutboxRelay relay;
  private final TraceContext traceContext;
  private final String source;

  EnterpriseEvents(
      JdbcTemplate jdbc,
      JsonMapper json,
      Clock clock,
      OutboxRelay relay,
      TraceContext traceContext,
      @Value("${spring.application.name}") String source) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.relay = relay;
    this.traceContext = traceContext;
    this.source = "/" + source;
  }

  /**
   * Records {@code payload} as an event of the current transaction; its type is the payload's
   * simple class name.
   *
   * @throws IllegalStateException when the payload lacks a field its contract requires
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public <T extends EventPayload> EventEnvelope<T> append(T payload) {
    List<String> missing = EventContract.missingFields(payload);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          payload.getClass().getSimpleName() + " without its required " + missing);
    }
    EventEnvelope<T> envelope =
        new EventEnvelope<>(
            EventEnvelope.SPEC_VERSION,
            UUID.randomUUID().toString(),
            source,
            payload.getClass().getSimpleName(),
            payload.aggregateId(),
            clock.instant(),
            EventEnvelope.CONTENT_TYPE,
            SCHEMA_VERSION,
            Correlation.currentOrNew(),
            payload.district(),
            payload);
    jdbc.update(
        "insert into outbox_event (id, topic, message_key, event_type, payload, created_at, traceparent) "
            + "values (?, ?, ?, ?, ?, ?, ?)",
        UUID.fromString(envelope.id()),
        TOPIC,
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
