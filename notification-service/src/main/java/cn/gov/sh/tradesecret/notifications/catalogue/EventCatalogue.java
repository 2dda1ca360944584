package cn.gov.sh.tradesecret.notifications.catalogue;

import cn.gov.sh.tradesecret.events.EventCatalog;
import cn.gov.sh.tradesecret.events.EventSchemas;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.notifications.subscription.MandatoryNotices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type agencies may receive, read from the published schemas in event-contracts (the
 * build keeps them equal to the records): when it is published and by which service, who receives
 * it by law, its fields and their meaning, and every published version.
 */
@Component
public class EventCatalogue {

  /** How versions change and how long an old one lives: the promise to subscribing agencies. */
  public static final String VERSIONING_POLICY =
      "Each event type has a schema version (the envelope's schemaversion). It rises only for a"
          + " breaking change: a field removed, renamed or retyped, an optional field made"
          + " required, or a new required field; adding an optional field or rewording a"
          + " description keeps it, and the build refuses a breaking change that keeps it. A new"
          + " version is published here beside the old ones; producers emit the newest from their"
          + " next release, and every consumer inside the platform reads every published version."
          + " An old version stays published, and webhook replays keep the version an event was"
          + " published with, for at least 12 months after its successor. The platform's operators"
          + " tell every unit with a subscription to the type at least 90 days before producers"
          + " switch, and this catalogue lists the change from that day.";

  /** What an agency's receiver does with each webhook message (Standard Webhooks). */
  public static final String WEBHOOK_VERIFICATION =
      "Each message is an HTTP POST of one event (the CloudEvents envelope as JSON, structured"
          + " mode) with the Standard Webhooks headers webhook-id (the message id: the same on every"
          + " retry, de-duplicate on it), webhook-timestamp (Unix seconds) and webhook-signature"
          + " (space-separated v1,<base64 HMAC-SHA256> values, one per valid secret during a"
          + " rotation). To verify: take the secret the platform gave when the endpoint was"
          + " registered (whsec_ followed by base64), decode the base64 part to the key, compute"
          + " HMAC-SHA256 over webhook-id + '.' + webhook-timestamp + '.' + the raw body, and"
          + " accept the message if one v1 signature equals its base64; refuse it when the"
          + " timestamp is more than 5 minutes from your clock. A Standard Webhooks library does"
          + " all of it (Java: com.standardwebhooks:standardwebhooks, Webhook.verify). Answer 2xx"
          + " within 10 seconds and process afterwards; anything else is retried (immediately, 5 s,"
          + " 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), 429 and 503 with Retry-After are"
          + " respected, 410 Gone disables the endpoint.";

  /** One field of a payload. */
  public record Field(String name, String type, boolean required, String meaning) {}

  /** One event type, described from its newest schema. */
  public record Event(
      String type,
      String topic,
      String producer,
      String description,
      int currentVersion,
      List<Integer> versions,
      List<Field> fields,
      List<String> mandatoryRecipients) {

    /** Where its schema of {@code version} is served, below the catalogue. */
    public String schemaPath(int version) {
      return "schemas/" + EventSchemas.path(type, version);
    }
  }

  private final JsonMapper json;
  private final List<Event> events;

  public EventCatalogue(JsonMapper json) {
    this.json = json;
    this.events = EventCatalog.entries().stream().map(this::describe).toList();
  }

  public List<Event> events() {
    return events;
  }

  /** The published schema of {@code type} at {@code version}. */
  public Optional<JsonNode> schema(String type, int version) {
    return EventCatalog.find(type)
        .filter(entry -> version >= 1 && version <= entry.schemaVersion())
        .flatMap(entry -> EventSchemas.read(type, version))
        .map(json::readTree);
  }

  /** The domain topics, each with its producer. */
  public static List<String> topics() {
    return List.of(
        Topics.CASE_EVENTS,
        Topics.REFERRAL_EVENTS,
        Topics.PILOT_EVENTS,
        Topics.NOTIFICATION_EVENTS,
        Topics.ENTERPRISE_EVENTS);
  }

  private Event describe(EventCatalog.Entry entry) {
    JsonNode schema =
        schema(entry.type(), entry.schemaVersion())
            .orElseThrow(
                () -> new IllegalStateException("no published schema for " + entry.type()));
    JsonNode data = schema.get("properties").get("data");
    List<String> required = new ArrayList<>();
    data.path("required").forEach(name -> required.add(name.asString()));
    List<Field> fields = new ArrayList<>();
    data.get("properties")
        .properties()
        .forEach(
            property ->
                fields.add(
                    new Field(
                        property.getKey(),
                        typeOf(property.getValue()),
                        required.contains(property.getKey()),
                        property.getValue().path("description").asString())));
    Map<String, String> addressed = new LinkedHashMap<>();
    schema
        .path("x-addressed-to")
        .forEach(
            field ->
                addressed.put(
                    field.asString(),
                    data.get("properties").get(field.asString()).path("description").asString()));
    return new Event(
        entry.type(),
        entry.topic(),
        Topics.producer(entry.topic()),
        schema.path("description").asString(),
        entry.schemaVersion(),
        EventSchemas.versions(entry),
        fields,
        MandatoryNotices.describe(entry.type(), entry.topic(), addressed));
  }

  /** {@code string (date-time)}, {@code string or null}... */
  private static String typeOf(JsonNode property) {
    JsonNode type = property.path("type");
    List<String> names = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(name -> names.add(name.asString()));
    } else {
      names.add(type.asString());
    }
    String format = property.has("format") ? property.get("format").asString() : "";
    return String.join(" or ", names) + (format.isEmpty() ? "" : " (" + format + ")");
  }
}
