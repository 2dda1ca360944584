package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on real PostgreSQL and Kafka, with a real webhook receiver on loopback; every
 * integration test of this module shares the one application context.
 */
@PlatformIntegrationTest
@Import(TestDns.class)
abstract class NotificationIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final WebhookReceiver RECEIVER = new WebhookReceiver();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void connect() {
    api = ApiClient.onPort(port);
  }

  String bootstrapServers() {
    return String.join(",", kafka.getBootstrapServers());
  }

  void publish(EventEnvelope<?> event) {
    TopicProbe.send(
        bootstrapServers(), event.topic(), event.subject(), json.writeValueAsString(event));
  }

  /** A new endpoint of {@code account}'s unit: its id and secret. */
  JsonNode registerEndpoint(DemoAccount account, WebhookReceiver.Hook hook) {
    ApiClient.Response created =
        api.as(account)
            .post(
                "/api/webhook-endpoints",
                Map.of("url", hook.url(), "description", "agency case system"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  /** A webhook subscription of {@code account}'s unit to {@code selector}, for the endpoint. */
  String subscribeWebhook(DemoAccount account, String selector, String endpointId) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("eventSelector", selector);
    request.put("channel", "WEBHOOK");
    request.put("endpointId", endpointId);
    ApiClient.Response created = api.as(account).post("/api/subscriptions", request);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /**
   * A hook of the Songjiang bureau's system, subscribed to every case event: returns the endpoint
   * id.
   */
  String songjiangCaseSystem(WebhookReceiver.Hook hook) {
    String endpointId =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook).get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "case-events", endpointId);
    return endpointId;
  }

  int delete(DemoAccount account, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .header("Authorization", "Bearer " + TestIssuer.token(account))
                  .timeout(Duration.ofSeconds(10))
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String deliveryStatus(String endpointId, String eventId) {
    return jdbc
        .queryForList(
            "select status from delivery where endpoint_id = ?::uuid and event_id = ?::uuid"
                + " and replay_id is null",
            String.class,
            endpointId,
            eventId)
        .stream()
        .findFirst()
        .orElse("NONE");
  }

  void awaitDeliveryStatus(String endpointId, String eventId, String status) {
    await().atMost(PATIENCE).until(() -> deliveryStatus(endpointId, eventId).equals(status));
  }
}
