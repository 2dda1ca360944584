package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's limits, with small values: 3 requests at once and 1 a second per account, 1 KB
 * bodies.
 */
@Import(GatewayDatabase.class)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "platform.gateway.rate-limit.burst=3",
      "platform.gateway.rate-limit.requests-per-second=1",
      "GATEWAY_MAX_REQUEST_SIZE=1KB",
      "platform.gateway.allowed-origins=https://console.test"
    })
class GatewayLimitsIT {

  static final String ISSUER = "http://identity.test";

  static final TestTokens tokens = new TestTokens(ISSUER);

  static final RecordingServer identity =
      RecordingServer.start("identity-service").respond("/oauth2/jwks", tokens.jwkSet());

  static final RecordingServer caseService = RecordingServer.start("case-service");

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("PLATFORM_ISSUER_URI", () -> ISSUER);
    registry.add("PLATFORM_JWK_SET_URI", () -> identity.url("/oauth2/jwks"));
    registry.add("CASE_SERVICE_URI", caseService::url);
  }

  @AfterAll
  static void stopServers() {
    identity.stop();
    caseService.stop();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void anAccountPastItsLimitGets429WithRetryAfterAndRecovers() throws Exception {
    // An account of its own: its bucket lives in the database that every test's gateway shares.
    String officer = tokens.officer("officer-" + UUID.randomUUID());
    for (int i = 0; i < 3; i++) {
      assertThat(get("/api/cases/" + i, officer).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> limited =
        RateLimitProbe.untilRefused(http, port, "/api/cases/limited", officer);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(limited.headers().firstValue("Content-Type"))
        .hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
    assertThat(limited.body()).contains("urn:tradesecret:problem:rate-limited");
    assertThat(caseService.received(limited.uri().getPath()))
        .as("a limited request never reaches the service")
        .isEmpty();
    assertThat(get("/api/cases/other-account", tokens.operator()).statusCode())
        .as("other accounts are not limited")
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> get("/api/cases/later", officer).statusCode() == 200);
  }

  @Test
  void anOversizedRequestIsRefusedBeforeItReachesAService() throws Exception {
    String path = "/api/cases/" + UUID.randomUUID();

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + tokens.operator())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"description\":\"" + "x".repeat(2048) + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(caseService.received(path)).isEmpty();
  }

  @Test
  void browsersOfTheConsoleMayCallTheApiAndOtherOriginsMayNot() throws Exception {
    HttpResponse<String> console = preflight("https://console.test");
    HttpResponse<String> elsewhere = preflight("https://evil.test");

    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://console.test");
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private HttpResponse<String> preflight(String origin) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri("/api/cases"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "Authorization, Content-Type")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
