package cn.gov.sh.tradesecret.agency.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventSchemas;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiver on loopback, sent messages signed as the platform signs them, with a catalogue that
 * serves the published schemas of event-contracts. (The run against the real platform is
 * notification-service's {@code AgencySubscriberIT}.)
 */
class AgencySubscriberTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Pattern SCHEMA_PATH = Pattern.compile(".*/schemas/(.+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path store;
  HttpServer catalogue;
  AgencySubscriber subscriber;

  @BeforeEach
  void start() throws IOException {
    catalogue = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    catalogue.createContext(
        "/api/event-catalogue/schemas/",
        exchange -> {
          Matcher path = SCHEMA_PATH.matcher(exchange.getRequestURI().getPath());
          byte[] schema =
              path.matches()
                  ? EventSchemas.read(
                          path.group(1).replaceAll("/v\\d+\\.json$", ""),
                          Integer.parseInt(path.group(1).replaceAll(".*/v(\\d+)\\.json$", "$1")))
                      .map(text -> text.getBytes(StandardCharsets.UTF_8))
                      .orElse(null)
                  : null;
          if (schema == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, schema.length);
            exchange.getResponseBody().write(schema);
          }
          exchange.close();
        });
    catalogue.start();
    subscriber =
        AgencySubscriber.start(
            new AgencySubscriber.Settings(
                "127.0.0.1",
                0,
                SECRET,
                URI.create(
                    "http://127.0.0.1:"
                        + catalogue.getAddress().getPort()
                        + "/api/event-catalogue"),
                store));
  }

  @AfterEach
  void stop() {
    subscriber.close();
    catalogue.stop(0);
  }

  static String leadRegistered() {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            "310117",
            "MR-310117",
            "COMPLAINT",
            "上海某精密机械有限公司",
            new BigDecimal("350000.00"),
            Instant.parse("2026-03-02T01:30:00Z"));
    return JSON.writeValueAsString(
        EventEnvelope.of("case-service", lead, Instant.parse("2026-03-02T01:30:00Z"), "corr-1"));
  }

  @RealTime("a webhook timestamp is a credential: the library checks it against the real time")
  static long now() {
    return Instant.now().getEpochSecond();
  }

  HttpResponse<String> deliver(String webhookId, long timestamp, String body, String secret)
      throws Exception {
    String signature = new Webhook(secret).sign(webhookId, timestamp, body);
    return HTTP.send(
        HttpRequest.newBuilder(subscriber.url())
            .header("Content-Type", "application/json")
            .header("webhook-id", webhookId)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String messageId() {
    return UUID.randomUUID().toString();
  }

  @Test
  void aSignedEventOfTheCatalogueIsStored() throws Exception {
    String event = leadRegistered();

    HttpResponse<String> response = deliver(messageId(), now(), event, SECRET);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(subscriber.received().all()).containsExactly(event);
  }

  @Test
  void aRetryOfTheSameMessageIsAcceptedAndStoredOnce() throws Exception {
    String id = messageId();
    String event = leadRegistered();

    assertThat(deliver(id, now(), event, SECRET).statusCode()).isEqualTo(204);
    assertThat(deliver(id, now(), event, SECRET).statusCode()).isEqualTo(204);

    assertThat(subscriber.received().all()).hasSize(1);
  }

  @Test
  void aMessageSignedWithAnotherSecretIsRefused() throws Exception {
    HttpResponse<String> response =
        deliver(messageId(), now(), leadRegistered(), "whsec_" + "QUJDREVGR0hJSktMTU5PUA==");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void aTamperedBodyIsRefused() throws Exception {
    String id = messageId();
    long timestamp = now();
    String event = leadRegistered();
    String signature = new Webhook(SECRET).sign(id, timestamp, event);

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(subscriber.url())
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(event.replace("350000", "3500000")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void aMessageReplayedTenMinutesLateIsRefused() throws Exception {
    HttpResponse<String> response = deliver(messageId(), now() - 600, leadRegistered(), SECRET);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void aSignedEventLackingARequiredFieldIsRefusedNamingIt() throws Exception {
    ObjectNode event = (ObjectNode) JSON.readTree(leadRegistered());
    ((ObjectNode) event.get("data")).remove("owningUnit");

    HttpResponse<String> response =
        deliver(messageId(), now(), JSON.writeValueAsString(event), SECRET);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("owningUnit");
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void aSignedBodyOfAnUnknownTypeOrVersionIsRefused() throws Exception {
    for (String type :
        new String[] {"CaseVanished", "Lead\u0001Registered", "😀", "x".repeat(5000)}) {
      ObjectNode event = ((ObjectNode) JSON.readTree(leadRegistered())).put("type", type);
      assertThat(deliver(messageId(), now(), JSON.writeValueAsString(event), SECRET).statusCode())
          .as(type.length() > 20 ? "a long type" : type)
          .isEqualTo(400);
    }
    ObjectNode newer = ((ObjectNode) JSON.readTree(leadRegistered())).put("schemaversion", 99);
    assertThat(deliver(messageId(), now(), JSON.writeValueAsString(newer), SECRET).statusCode())
        .isEqualTo(400);
    assertThat(deliver(messageId(), now(), "not json", SECRET).statusCode()).isEqualTo(400);
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void aBodyLargerThanAnyEventIsRefusedUnread() throws Exception {
    String huge = "{\"type\":\"" + "x".repeat(1024 * 1024) + "\"}";

    HttpResponse<String> response = deliver(messageId(), now(), huge, SECRET);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aMessageIdThatIsNoIdIsRefused() throws Exception {
    assertThat(deliver("../../etc/passwd", now(), leadRegistered(), SECRET).statusCode())
        .isEqualTo(400);
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void onlyPostIsAnswered() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(subscriber.url()).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void whenTheCatalogueCannotBeReadTheMessageIsLeftForARetry() throws Exception {
    catalogue.stop(0);

    HttpResponse<String> response = deliver(messageId(), now(), leadRegistered(), SECRET);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(subscriber.received().all()).isEmpty();
  }
}
