package cn.gov.sh.tradesecret.audit.ledger;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.support.consumer.EventReader;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends the valid events of the domain topics to the ledger. A record is read as consumers read
 * it ({@link EventReader}: the envelope and the payload its contract requires); one that is not a
 * valid event is refused: counted ({@code ledger.events.refused}, and in {@code ledger_refusal}),
 * never appended, and sent to the topic's dead-letter topic with the reason by the container's
 * error handler.
 *
 * <p>An event of a type this service does not know (a producer newer than it) is appended as
 * received, if its envelope is complete: the ledger is the proof of what was sent, and leaving out
 * the events of a newer release would leave a gap in it exactly where a dispute could arise.
 */
@Component
class LedgerListener {

  private static final Logger log = LoggerFactory.getLogger(LedgerListener.class);

  private final Ledger ledger;
  private final EventReader reader;
  private final JsonMapper json;
  private final MeterRegistry meters;

  LedgerListener(Ledger ledger, EventReader reader, JsonMapper json, MeterRegistry meters) {
    this.ledger = ledger;
    this.reader = reader;
    this.json = json;
    this.meters = meters;
  }

  @KafkaListener(
      topics = {
        Topics.CASE_EVENTS,
        Topics.REFERRAL_EVENTS,
        Topics.PILOT_EVENTS,
        Topics.NOTIFICATION_EVENTS,
        Topics.ENTERPRISE_EVENTS
      },
      groupId = "audit-service-ledger")
  void append(ConsumerRecord<String, String> record) {
    Ledger.ReceivedEvent event;
    try {
      event = read(record);
    } catch (MalformedEventException e) {
      log.warn(
          "Refused {}-{}@{}: {} (to the dead-letter topic, not in the ledger)",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      meters.counter("ledger.events.refused", "topic", record.topic()).increment();
      ledger.refused(record.topic(), record.partition(), record.offset(), e.getMessage());
      throw e;
    }
    ledger.append(event);
  }

  private Ledger.ReceivedEvent read(ConsumerRecord<String, String> record) {
    if (record.value() == null) {
      throw new MalformedEventException("an empty record", null);
    }
    Optional<EventEnvelope<EventPayload>> known = reader.read(record.value());
    if (known.isPresent()) {
      EventEnvelope<EventPayload> event = known.get();
      return new Ledger.ReceivedEvent(
          UUID.fromString(event.id()),
          record.topic(),
          event.type(),
          event.subject(),
          event.district(),
          record.value());
    }
    return unknownType(record);
  }

  /**
   * An event of a type this service does not know: its payload cannot be checked, its envelope (the
   * CloudEvents attributes every event has) must be complete.
   */
  private Ledger.ReceivedEvent unknownType(ConsumerRecord<String, String> record) {
    try {
      JsonNode event = json.readTree(record.value());
      required(event, "specversion");
      required(event, "source");
      Instant.parse(required(event, "time"));
      if (!event.path("data").isObject()) {
        throw new MalformedEventException("event without data", null);
      }
      JsonNode district = event.get("district");
      return new Ledger.ReceivedEvent(
          UUID.fromString(required(event, "id")),
          record.topic(),
          required(event, "type"),
          required(event, "subject"),
          district == null || !district.isString() ? null : district.asString(),
          record.value());
    } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
      throw new MalformedEventException("unreadable event: " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode event, String attribute) {
    JsonNode value = event.get(attribute);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new MalformedEventException("event without " + attribute, null);
    }
    return value.asString();
  }
}
