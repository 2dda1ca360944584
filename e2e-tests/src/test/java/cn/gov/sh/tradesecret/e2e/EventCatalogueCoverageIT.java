package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: every event the running platform published is in the public event catalogue, at a
 * published version, and has what its schema requires. The events are those of the whole run as
 * audit-service's ledger holds them (it reads all four domain topics and keeps every record,
 * unknown types included, as it came off Kafka); this test publishes one of its own so the check is
 * never empty. The catalogue is read through the gateway without a token, as an agency reads it.
 */
@ExtendWith(PlatformExtension.class)
class EventCatalogueCoverageIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  HttpResponse<String> anonymous(String path, String accept) {
    return gateway.send(
        HttpRequest.newBuilder(URI.create(gateway.uri() + path)).header("Accept", accept));
  }

  /** Every event of the ledger: its raw record by event id. */
  Map<String, String> ledger() {
    String url =
        "jdbc:postgresql://127.0.0.1:" + gateway.platform.port("PG_PORT") + "/audit_service";
    Map<String, String> events = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement statement =
            connection.prepareStatement("select event_id::text, event from ledger_entry");
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        events.put(result.getString(1), result.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return events;
  }

  @Test
  void everyEventTypeSeenInTheRunIsInTheCatalogueAndHasWhatItsSchemaRequires() {
    String leadId =
        JSON.readTree(
                gateway
                    .call(
                        "POST",
                        "/api/leads",
                        gateway.tokenOf("songjiang-officer"),
                        MatrixFixtures.LEAD)
                    .body())
            .get("id")
            .asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                gateway.count(
                        "audit_service",
                        "select count(*) from ledger_entry where subject = ?",
                        leadId)
                    >= 1);
    HttpResponse<String> catalogue = anonymous("/api/event-catalogue", "application/json");
    assertThat(catalogue.statusCode()).as("the catalogue needs no token").isEqualTo(200);
    JsonNode messages = JSON.readTree(catalogue.body()).get("components").get("messages");

    Set<String> seen = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (var record : ledger().entrySet()) {
      JsonNode event = JSON.readTree(record.getValue());
      String message = event.path("type").asString() + ".v" + event.path("schemaversion").asInt(0);
      seen.add(message);
      JsonNode published = messages.path(message).path("payload").path("schema");
      if (!published.isMissingNode()) {
        problems.addAll(
            SchemaShape.problems(published, event).stream()
                .map(problem -> message + " " + record.getKey() + ": " + problem)
                .toList());
      }
    }

    assertThat(seen).contains("LeadRegistered.v1");
    assertThat(seen)
        .as("event types and versions the platform published, missing from the catalogue")
        .allSatisfy(message -> assertThat(messages.has(message)).as(message).isTrue());
    assertThat(problems).isEmpty();
  }

  @Test
  void thePageAndTheYamlAreReadWithoutAToken() {
    HttpResponse<String> page =
        anonymous("/api/event-catalogue", "text/html,application/xhtml+xml,*/*;q=0.8");
    HttpResponse<String> yaml = anonymous("/api/event-catalogue", "application/yaml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"LeadRegistered\"", "case-service");
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body()).contains("asyncapi: \"3.0.0\"");
    assertThat(
            gateway
                .send(
                    HttpRequest.newBuilder(URI.create(gateway.uri() + "/api/event-catalogue"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode())
        .as("read only")
        .isIn(401, 403);
  }

  /**
   * What a flat event schema asks that a test without a JSON Schema library can check: every
   * required field is there, with a JSON type the schema allows, and every constant holds.
   */
  static final class SchemaShape {

    static List<String> problems(JsonNode schema, JsonNode event) {
      List<String> problems = new ArrayList<>();
      check("", schema, event, problems);
      return problems;
    }

    private static void check(String at, JsonNode schema, JsonNode value, List<String> out) {
      Set<String> allowed = new TreeSet<>();
      JsonNode type = schema.path("type");
      if (type.isArray()) {
        type.forEach(name -> allowed.add(name.asString()));
      } else if (type.isString()) {
        allowed.add(type.asString());
      }
      String actual = typeOf(value);
      if (actual.equals("integer") && allowed.contains("number")) {
        actual = "number"; // an amount without decimals is still a number
      }
      if (!allowed.isEmpty() && !allowed.contains(actual)) {
        out.add(at + " is " + typeOf(value) + ", the schema says " + allowed);
        return;
      }
      if (schema.has("const") && !schema.get("const").equals(value)) {
        out.add(at + " is " + value + ", the schema says " + schema.get("const"));
      }
      if (!value.isObject()) {
        return;
      }
      schema
          .path("required")
          .forEach(
              name -> {
                if (!value.has(name.asString())) {
                  out.add(at + "/" + name.asString() + " is missing");
                }
              });
      schema
          .path("properties")
          .properties()
          .forEach(
              property -> {
                if (value.has(property.getKey())) {
                  check(
                      at + "/" + property.getKey(),
                      property.getValue(),
                      value.get(property.getKey()),
                      out);
                }
              });
    }

    private static String typeOf(JsonNode value) {
      if (value.isNull()) {
        return "null";
      }
      if (value.isIntegralNumber()) {
        return "integer";
      }
      if (value.isNumber()) {
        return "number";
      }
      if (value.isString()) {
        return "string";
      }
      if (value.isBoolean()) {
        return "boolean";
      }
      return value.isArray() ? "array" : "object";
    }
  }
}
