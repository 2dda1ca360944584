package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit records of the gateway, on a real Kafka broker. */
@Import(GatewayDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayAuditIT {

  static final String ISSUER = "http://identity.test";

  static final TestTokens tokens = new TestTokens(ISSUER);

  static final RecordingServer identity =
      RecordingServer.start("identity-service").respond("/oauth2/jwks", tokens.jwkSet());

  static final RecordingServer caseService = RecordingServer.start("case-service");

  static final String KAFKA = EmbeddedInfrastructure.kafka().bootstrapServers();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("PLATFORM_ISSUER_URI", () -> ISSUER);
    registry.add("PLATFORM_JWK_SET_URI", () -> identity.url("/oauth2/jwks"));
    registry.add("CASE_SERVICE_URI", caseService::url);
    registry.add("KAFKA_BOOTSTRAP_SERVERS", () -> KAFKA);
    registry.add("KAFKA_PASSWORD", () -> KafkaClients.password("gateway"));
  }

  @AfterAll
  static void stopServers() {
    identity.stop();
    caseService.stop();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  private final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void aStateChangingRequestIsRecordedWithCallerResourceIdentifiersAndOutcome() throws Exception {
    String id = UUID.randomUUID().toString();
    try (TopicProbe audit = new TopicProbe(KAFKA, Topics.AUDIT_RECORDS)) {
      HttpResponse<String> response = post("/api/cases/" + id + "/penalty", tokens.officer());

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode record =
          json.readTree(audit.await((r) -> r.value().contains(id), Duration.ofSeconds(30)).value());
      assertThat(record.get("account").asString()).isEqualTo("songjiang-officer");
      assertThat(record.get("unit").asString()).isEqualTo("MR-310117");
      assertThat(record.get("method").asString()).isEqualTo("POST");
      assertThat(record.get("resource").asString()).isEqualTo("cases");
      assertThat(record.get("identifiers").get(0).asString()).isEqualTo(id);
      assertThat(record.get("status").asInt()).isEqualTo(200);
      assertThat(record.get("outcome").asString()).isEqualTo("SUCCEEDED");
      assertThat(record.get("correlationId").asString())
          .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
      assertThat(record.get("clientAddress").asString()).isNotBlank();
    }
  }

  @Test
  void aRefusedRequestIsRecordedToo() throws Exception {
    String id = UUID.randomUUID().toString();
    try (TopicProbe audit = new TopicProbe(KAFKA, Topics.AUDIT_RECORDS)) {
      assertThat(post("/api/cases/" + id, tokens.forged()).statusCode()).isEqualTo(401);

      JsonNode record =
          json.readTree(audit.await((r) -> r.value().contains(id), Duration.ofSeconds(30)).value());
      assertThat(record.get("account").asString())
          .as("a forged token names nobody")
          .isEqualTo("anonymous");
      assertThat(record.get("status").asInt()).isEqualTo(401);
      assertThat(record.get("outcome").asString()).isEqualTo("REFUSED");
    }
  }

  @Test
  void readingIsNotRecorded() throws Exception {
    String id = UUID.randomUUID().toString();
    try (TopicProbe audit = new TopicProbe(KAFKA, Topics.AUDIT_RECORDS)) {
      http.send(
          HttpRequest.newBuilder(uri("/api/cases/" + id))
              .header("Authorization", "Bearer " + tokens.officer())
              .build(),
          HttpResponse.BodyHandlers.ofString());
      String marker = UUID.randomUUID().toString();
      post("/api/cases/" + marker, tokens.officer());

      audit.await((r) -> r.value().contains(marker), Duration.ofSeconds(30));
      assertThat(audit.drain(Duration.ofMillis(500)))
          .noneMatch((ConsumerRecord<String, String> r) -> r.value().contains(id));
    }
  }

  private HttpResponse<String> post(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
