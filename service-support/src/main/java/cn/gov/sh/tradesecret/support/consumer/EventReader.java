package cn.gov.sh.tradesecret.support.consumer;

import cn.gov.sh.tradesecret.events.EventCatalog;
import cn.gov.sh.tradesecret.events.EventContract;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads events from the wire into envelopes with typed payloads. */
public class EventReader {

  private final JsonMapper json;

  public EventReader(JsonMapper json) {
    // Producers may add payload fields without a new schema version: older consumers ignore them.
    this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /**
   * Reads one event.
   *
   * @return the event, or empty when its type is not in this service's catalog (a newer producer)
   * @throws MalformedEventException when the message is not an event, or not one of a version this
   *     service reads, or lacks a field its contract requires
   */
  public Optional<EventEnvelope<EventPayload>> read(String message) {
    try {
      JsonNode tree = json.readTree(message);
      if (tree == null || !tree.isObject()) {
        throw new MalformedEventException("not a JSON object", null);
      }
      Optional<EventCatalog.Entry> entry = EventCatalog.find(required(tree, "type"));
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      JsonNode data = tree.get("data");
      if (data == null || !data.isObject()) {
        throw new MalformedEventException("event without data", null);
      }
      String id = UUID.fromString(required(tree, "id")).toString();
      int version = tree.path("schemaversion").asInt(1);
      if (version < 1 || version > entry.get().schemaVersion()) {
        // dead-lettered, not skipped: replayed once this service reads that version
        throw new MalformedEventException(
            "version " + version + " of " + entry.get().type() + " is not one this service reads",
            null);
      }
      EventPayload payload = json.treeToValue(data, entry.get().payloadType());
      List<String> missing = EventContract.missingFields(payload);
      if (!missing.isEmpty()) {
        throw new MalformedEventException(
            entry.get().type() + " without its required " + String.join(", ", missing), null);
      }
      return Optional.of(
          new EventEnvelope<>(
              required(tree, "specversion"),
              id,
              required(tree, "source"),
              entry.get().type(),
              required(tree, "subject"),
              Instant.parse(required(tree, "time")),
              optional(tree, "datacontenttype"),
              version,
              optional(tree, "correlationid"),
              optional(tree, "district"),
              payload));
    } catch (JacksonException
        | java.time.format.DateTimeParseException
        | IllegalArgumentException e) {
      throw new MalformedEventException("unreadable event: " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode tree, String attribute) {
    JsonNode value = tree.get(attribute);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new MalformedEventException("event without " + attribute, null);
    }
    return value.asString();
  }

  private static String optional(JsonNode tree, String attribute) {
    JsonNode value = tree.get(attribute);
    return value == null || value.isNull() ? null : value.asString();
  }
}
