package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.EventCatalog;
import cn.gov.sh.tradesecret.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The public event catalogue, read without a token as an agency would before it has an account. */
class EventCatalogueIT extends NotificationIntegrationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Accept", accept)
              // springdoc renders the API document on its first request: seconds on a busy machine
              .timeout(Duration.ofSeconds(60))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Nested
  class AsyncApi {

    @Test
    void listsEveryDomainTopicItsDeadLettersAndTheWebhookChannel() {
      HttpResponse<String> response = get("/api/event-catalogue", "application/json");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode document = json.readTree(response.body());
      assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
      List<String> expected = new ArrayList<>();
      for (String topic :
          List.of(
              Topics.CASE_EVENTS,
              Topics.REFERRAL_EVENTS,
              Topics.PILOT_EVENTS,
              Topics.NOTIFICATION_EVENTS,
              Topics.ENTERPRISE_EVENTS)) {
        expected.add(topic);
        expected.add(Topics.deadLetter(topic));
      }
      expected.add("agency-webhook");
      assertThat(document.get("channels").propertyNames())
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(document.get("channels").get("agency-webhook").get("description").asString())
          .contains("webhook-id", "webhook-timestamp", "webhook-signature", "HMAC-SHA256");
      assertThat(document.get("channels").get(Topics.CASE_EVENTS).get("description").asString())
          .contains("content-type: application/cloudevents+json");
    }

    @Test
    void hasAMessageForEveryEventTypeOfTheContractWithItsSchemaAndProducer() {
      JsonNode messages =
          json.readTree(get("/api/event-catalogue", "application/json").body())
              .get("components")
              .get("messages");

      for (EventCatalog.Entry entry : EventCatalog.entries()) {
        JsonNode message = messages.get(entry.type() + ".v" + entry.schemaVersion());
        assertThat(message).as(entry.type()).isNotNull();
        JsonNode schema = message.get("payload").get("schema");
        assertThat(schema.get("properties").get("type").get("const").asString())
            .isEqualTo(entry.type());
        assertThat(schema.get("required").toString()).contains("specversion", "subject", "data");
        assertThat(message.get("x-published-by").get("topic").asString()).isEqualTo(entry.topic());
      }
      assertThat(messages.get("ConfirmationRequested.v1").get("x-mandatory-recipients").toString())
          .as("a confirmation request reaches its court by law")
          .contains("courtUnit");
      assertThat(messages.get("CaseDeadlineBreached.v1").get("x-mandatory-recipients").toString())
          .contains("procuratorate");
    }

    @Test
    void yamlIsTheSameDocument() {
      HttpResponse<String> yaml = get("/api/event-catalogue", "application/yaml");
      HttpResponse<String> file = get("/api/event-catalogue/asyncapi.yaml", "*/*");

      assertThat(yaml.statusCode()).isEqualTo(200);
      assertThat(yaml.body()).contains("asyncapi: \"3.0.0\"");
      assertThat(file.body()).isEqualTo(yaml.body());
      assertThat(YAMLMapper.builder().build().readTree(yaml.body()))
          .isEqualTo(json.readTree(get("/api/event-catalogue/asyncapi.json", "*/*").body()));
    }

    @Test
    void anyClientWithoutPreferenceGetsJson() {
      HttpResponse<String> response = get("/api/event-catalogue", "*/*");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
    }
  }

  @Nested
  class Page {

    @Test
    void aBrowserGetsEveryEventWithItsProducerRecipientsFieldsAndVersions() {
      HttpResponse<String> response =
          get("/api/event-catalogue", "text/html,application/xhtml+xml,*/*;q=0.8");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/html");
      String page = response.body();
      for (EventCatalog.Entry entry : EventCatalog.entries()) {
        assertThat(page).contains("id=\"" + entry.type() + "\"");
      }
      assertThat(page)
          .contains("case-service", "referral-service", "pilot-service")
          .contains("the unit in courtUnit")
          .contains("the 15-working-day clock starts here")
          .contains("/api/event-catalogue/schemas/LeadRegistered/v1.json")
          .contains("at least 12 months");
    }
  }

  @Nested
  class Schemas {

    @Test
    void eachPublishedVersionIsServedAsJsonSchema() {
      HttpResponse<String> response =
          get("/api/event-catalogue/schemas/LeadRegistered/v1.json", "*/*");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/schema+json");
      JsonNode schema = json.readTree(response.body());
      assertThat(schema.get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(
              schema
                  .get("properties")
                  .get("data")
                  .get("properties")
                  .get("claimedAmount")
                  .get("description")
                  .asString())
          .isEqualTo("claimed loss or illegal gain in yuan");
    }

    @Test
    void anUnknownTypeOrVersionIsNotFound() {
      for (String path :
          List.of(
              "/api/event-catalogue/schemas/CaseVanished/v1.json",
              "/api/event-catalogue/schemas/LeadRegistered/v0.json",
              "/api/event-catalogue/schemas/LeadRegistered/v2.json",
              "/api/event-catalogue/schemas/%F0%9F%98%80/v1.json",
              "/api/event-catalogue/schemas/Lead%01Registered/v1.json")) {
        HttpResponse<String> response = get(path, "*/*");
        assertThat(response.statusCode()).as(path).isEqualTo(404);
      }
    }

    @Test
    void aVersionThatIsNoNumberIsRefusedNamingIt() {
      HttpResponse<String> response =
          get("/api/event-catalogue/schemas/LeadRegistered/vlatest.json", "*/*");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("version");
    }
  }

  @Test
  void theCatalogueCannotBeWritten() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/event-catalogue"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void theApiDocumentLinksToTheCatalogueAndLeavesItsPublicPathsOut() {
    HttpResponse<String> response = get("/v3/api-docs", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = json.readTree(response.body());
    assertThat(document.get("externalDocs").get("url").asString())
        .isEqualTo("/api/event-catalogue");
    assertThat(document.get("paths").propertyNames())
        .as("public, outside the access matrix of the token-checked API")
        .noneMatch(path -> path.startsWith("/api/event-catalogue"));
  }
}
