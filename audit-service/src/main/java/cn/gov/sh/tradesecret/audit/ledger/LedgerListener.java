package cn.gov.sh.tradesecret.audit.ledger;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every event of the domain topics to the ledger, whatever its type (also types newer than
 * this service). A message that is not an event goes to the dead-letter topic.
 */
@Component
class LedgerListener {

  private final Ledger ledger;
  private final JsonMapper json;

  LedgerListener(Ledger ledger, JsonMapper json) {
    this.ledger = ledger;
    this.json = json;
  }

  @KafkaListener(
      topics = {
        Topics.CASE_EVENTS,
        Topics.REFERRAL_EVENTS,
        Topics.PILOT_EVENTS,
        Topics.NOTIFICATION_EVENTS
      },
      groupId = "audit-service-ledger")
  void append(ConsumerRecord<String, String> record) {
    ledger.append(read(record));
  }

  private Ledger.ReceivedEvent read(ConsumerRecord<String, String> record) {
    try {
      JsonNode event = json.readTree(record.value());
      return new Ledger.ReceivedEvent(
          UUID.fromString(event.get("id").asString()),
          record.topic(),
          event.get("type").asString(),
          event.get("subject").asString(),
          record.value());
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new MalformedEventException("not an event: " + e.getMessage(), e);
    }
  }
}
