package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
 * published version, and is valid against the JSON Schema the catalogue publishes for it. The
 * events are those of the whole run as audit-service's ledger holds them (it reads all four domain
 * topics and keeps every record, unknown types included, as it came off Kafka); this test publishes
 * one of its own so the check is never empty. The catalogue is read through the gateway without a
 * token, as an agency reads it.
 */
@ExtendWith(PlatformExtension.class)
class EventCatalogueCoverageIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

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

  /** The schema the catalogue publishes for one version of one type, read as an agency would. */
  Schema publishedSchema(String type, int version) {
    HttpResponse<String> schema =
        anonymous(
            "/api/event-catalogue/schemas/" + type + "/v" + version + ".json",
            "application/schema+json");
    assertThat(schema.statusCode()).as(type + " v" + version).isEqualTo(200);
    return SCHEMAS.getSchema(JSON.readTree(schema.body()));
  }

  @Test
  void everyEventTypeSeenInTheRunIsInTheCatalogueAndValidAgainstItsPublishedSchema() {
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
    Map<String, Schema> schemas = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (var record : ledger().entrySet()) {
      JsonNode event = JSON.readTree(record.getValue());
      String type = event.path("type").asString();
      int version = event.path("schemaversion").asInt(0);
      String message = type + ".v" + version;
      seen.add(message);
      if (messages.has(message)) {
        Schema schema = schemas.computeIfAbsent(message, m -> publishedSchema(type, version));
        schema.validate(event).stream()
            .map(error -> message + " " + record.getKey() + ": " + error.getMessage())
            .forEach(problems::add);
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
}
