package cn.gov.sh.tradesecret.notifications.catalogue;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's events as an AsyncAPI 3.0 document: the four domain topics and their dead-letter
 * topics, the agencies' webhook channel, and one message per event type and version whose payload
 * is the published JSON Schema (the CloudEvents envelope with its data).
 */
@Component
public class AsyncApiDocument {

  static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
  static final String WEBHOOK_CHANNEL = "agency-webhook";

  private final ObjectNode document;

  AsyncApiDocument(EventCatalogue catalogue, JsonMapper json, CatalogueProperties properties) {
    this.document = build(catalogue, json, properties);
  }

  /** The document; callers must not change it. */
  public JsonNode document() {
    return document;
  }

  private static ObjectNode build(
      EventCatalogue catalogue, JsonMapper json, CatalogueProperties properties) {
    ObjectNode root = json.createObjectNode();
    root.put("asyncapi", "3.0.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "Trade-secret protection platform: events");
    info.put("version", properties.version());
    info.put(
        "description",
        "The facts the platform publishes, for agencies' systems: on Kafka topics (internal"
            + " systems) and as signed webhooks. Every message is a CloudEvents 1.0 event in"
            + " structured mode (the envelope's attributes and the payload in data, one JSON"
            + " document), keyed on Kafka by its subject so the events of one case, referral or"
            + " pilot stay in order.\n\nVersions: "
            + EventCatalogue.VERSIONING_POLICY
            + "\n\nWebhooks: "
            + EventCatalogue.WEBHOOK_VERIFICATION);
    root.put("defaultContentType", "application/json");

    ObjectNode servers = root.putObject("servers");
    ObjectNode kafka = servers.putObject("kafka");
    kafka.put("host", properties.kafkaHost());
    kafka.put("protocol", "kafka");
    kafka.put(
        "description",
        "The platform's broker, for agencies' internal systems: SASL/SCRAM-SHA-256, each system"
            + " with its own account and read ACLs on the topics it may see.");
    ObjectNode agency = servers.putObject("agency");
    agency.put("host", "{endpointHost}");
    agency.put("protocol", "https");
    agency.put(
        "description",
        "An agency's own receiver: the URL it registered with POST /api/webhook-endpoints.");
    agency
        .putObject("variables")
        .putObject("endpointHost")
        .put("description", "host of the registered endpoint URL");

    ObjectNode channels = root.putObject("channels");
    ObjectNode operations = root.putObject("operations");
    ObjectNode messages = root.putObject("components").putObject("messages");
    ObjectNode webhook = channel(channels, WEBHOOK_CHANNEL, "/", "agency");
    webhook.put(
        "description",
        "Every event a unit subscribed to, or must receive by law, POSTed to each of its webhook"
            + " endpoints. "
            + EventCatalogue.WEBHOOK_VERIFICATION);
    for (String topic : EventCatalogue.topics()) {
      ObjectNode domain = channel(channels, topic, topic, "kafka");
      domain.put(
          "description",
          "The events of "
              + Topics.producer(topic)
              + ", keyed by the aggregate's id. Each record's value is one whole CloudEvent"
              + " (structured mode), with the header content-type: "
              + EventEnvelope.STRUCTURED_CONTENT_TYPE
              + " and, when the request was traced, traceparent.");
      ObjectNode deadLetters =
          channel(channels, Topics.deadLetter(topic), Topics.deadLetter(topic), "kafka");
      deadLetters.put(
          "description",
          "For operators: events of "
              + topic
              + " that a consumer could not process after its retries, with spring-kafka's"
              + " kafka_dlt-* headers saying why; replayed once the cause is fixed.");
      operation(operations, "publish-" + topic, topic, Topics.producer(topic) + " publishes");
    }
    operation(
        operations,
        "deliver-webhook",
        WEBHOOK_CHANNEL,
        "notification-service delivers, signed, with retries");

    for (EventCatalogue.Event event : catalogue.events()) {
      for (int version : event.versions()) {
        String name = event.type() + ".v" + version;
        messages.set(name, message(event, version, catalogue, json));
        for (String channel :
            List.of(event.topic(), Topics.deadLetter(event.topic()), WEBHOOK_CHANNEL)) {
          channels
              .get(channel)
              .withObjectProperty("messages")
              .putObject(name)
              .put("$ref", "#/components/messages/" + name);
        }
      }
    }
    return root;
  }

  private static ObjectNode channel(
      ObjectNode channels, String name, String address, String server) {
    ObjectNode channel = channels.putObject(name);
    channel.put("address", address);
    channel.putObject("messages");
    channel.putArray("servers").addObject().put("$ref", "#/servers/" + server);
    return channel;
  }

  private static void operation(
      ObjectNode operations, String name, String channel, String description) {
    ObjectNode operation = operations.putObject(name);
    operation.put("action", "send");
    operation.putObject("channel").put("$ref", "#/channels/" + channel);
    operation.put("description", description);
  }

  private static ObjectNode message(
      EventCatalogue.Event event, int version, EventCatalogue catalogue, JsonMapper json) {
    ObjectNode message = json.createObjectNode();
    message.put("name", event.type());
    message.put("title", event.type() + " v" + version);
    message.put("summary", event.description());
    message.put("contentType", "application/json");
    if (version < event.currentVersion()) {
      message.put("deprecated", true);
    }
    ObjectNode payload = message.putObject("payload");
    payload.put("schemaFormat", SCHEMA_FORMAT);
    payload.set("schema", catalogue.schema(event.type(), version).orElseThrow());
    message.putObject("correlationId").put("location", "$message.payload#/correlationid");
    ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
    key.put("type", "string");
    key.put("description", "the event's subject: the id of the aggregate it is about");
    message
        .putObject("x-published-by")
        .put("service", event.producer())
        .put("topic", event.topic());
    var recipients = message.putArray("x-mandatory-recipients");
    event.mandatoryRecipients().forEach(recipients::add);
    return message;
  }
}
