package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.gateway.RecordingServer.Received;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a real port, in front of tiny real HTTP servers standing in for the four services
 * and the identity service (which publishes the test's signing key).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({GatewayDatabase.class, UnreachableServiceRoute.class})
class GatewayIT {

  static final String ISSUER = "http://identity.test";

  static final TestTokens tokens = new TestTokens(ISSUER);

  static final RecordingServer identity =
      RecordingServer.start("identity-service")
          .respond("/oauth2/jwks", tokens.jwkSet())
          .respond("/.well-known/openid-configuration", "{\"issuer\":\"" + ISSUER + "\"}");

  static final RecordingServer caseService = RecordingServer.start("case-service");

  static final RecordingServer referralService = RecordingServer.start("referral-service");

  static final RecordingServer pilotService = RecordingServer.start("pilot-service");

  static final RecordingServer notificationService = RecordingServer.start("notification-service");

  private static final String PROBLEM_JSON = "application/problem+json";

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("PLATFORM_ISSUER_URI", () -> ISSUER);
    registry.add("PLATFORM_JWK_SET_URI", () -> identity.url("/oauth2/jwks"));
    registry.add("IDENTITY_URI", identity::url);
    registry.add("CASE_SERVICE_URI", caseService::url);
    registry.add("REFERRAL_SERVICE_URI", referralService::url);
    registry.add("PILOT_SERVICE_URI", pilotService::url);
    registry.add("NOTIFICATION_SERVICE_URI", notificationService::url);
  }

  @AfterAll
  static void stopServers() {
    identity.stop();
    caseService.stop();
    referralService.stop();
    pilotService.stop();
    notificationService.stop();
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;

  @Nested
  class ApiRequests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "/api/leads, case-service",
      "/api/cases, case-service",
      "/api/referrals, referral-service",
      "/api/pilots, pilot-service",
      "/api/inbox, notification-service",
      "/api/subscriptions, notification-service"
    })
    void validTokenIsRoutedToTheServiceWithTokenAndCorrelationId(String prefix, String service)
        throws Exception {
      String path = uniquePath(prefix);
      String token = tokens.officer();

      HttpResponse<String> response = send(get(path).header("Authorization", "Bearer " + token));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains(service);
      Received received = server(service).received(path).orElseThrow();
      assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
      String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertThat(received.header("X-Correlation-Id")).isEqualTo(correlationId);
      assertThat(UUID.fromString(correlationId)).isNotNull();
    }

    @Test
    void requestWithoutTokenIsRefused() throws Exception {
      String path = uniquePath("/api/cases");

      HttpResponse<String> response = send(get(path));

      assertRefusedAsUnauthenticated(response, path);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
      assertTokenRefused(tokens.expired());
    }

    @Test
    void tokenNotYetValidIsRefused() throws Exception {
      assertTokenRefused(tokens.notYetValid());
    }

    @Test
    void tokenWithoutExpiryIsRefused() throws Exception {
      assertTokenRefused(tokens.withoutExpiry());
    }

    @Test
    void tokenWithoutIssueTimeExpiringPastTheIssuersMaximumIsRefused() throws Exception {
      assertTokenRefused(tokens.withoutIssueTime(Duration.ofHours(2)));
      assertTokenRefused(tokens.withoutIssueTime(Duration.ofDays(3650)));
    }

    @Test
    void tokenLivingLongerThanTheIssuersMaximumIsRefused() throws Exception {
      assertTokenRefused(tokens.living(Duration.ofHours(1).plusSeconds(1)));
      assertTokenRefused(tokens.living(Duration.ofDays(3650)));
    }

    @Test
    void tokenLivingExactlyTheIssuersMaximumIsAccepted() throws Exception {
      String path = uniquePath("/api/cases");

      HttpResponse<String> response =
          send(get(path).header("Authorization", "Bearer " + tokens.living(Duration.ofHours(1))));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(caseService.received(path)).isPresent();
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
      assertTokenRefused(tokens.forged());
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() throws Exception {
      assertTokenRefused(tokens.fromIssuer("http://elsewhere.test"));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws Exception {
      assertTokenRefused(tokens.forAudience("another-platform"));
    }

    @Test
    void malformedTokenIsRefused() throws Exception {
      assertTokenRefused("not-a-jwt");
    }

    @Test
    void pathsOutsideTheRoutesAreRefused() throws Exception {
      assertThat(send(get("/internal/anything")).statusCode()).isEqualTo(401);
      assertThat(
              send(get("/internal/anything").header("Authorization", "Bearer " + tokens.officer()))
                  .statusCode())
          .isEqualTo(403);
    }

    private void assertTokenRefused(String token) throws Exception {
      String path = uniquePath("/api/referrals");

      HttpResponse<String> response = send(get(path).header("Authorization", "Bearer " + token));

      assertRefusedAsUnauthenticated(response, path);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(
              (challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    private void assertRefusedAsUnauthenticated(HttpResponse<String> response, String path)
        throws Exception {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
      Map<String, Object> problem = JSONObjectUtils.parse(response.body());
      assertThat(problem)
          .containsEntry("status", 401L)
          .containsEntry("instance", path)
          .containsKeys("type", "title", "detail");
      assertThat(caseService.received(path)).isEmpty();
      assertThat(referralService.received(path)).isEmpty();
    }
  }

  @Nested
  class UnreachableServices {

    @Test
    void serviceThatRefusesConnectionsGivesServiceUnavailable() throws Exception {
      String path = uniquePath("/api/unreachable");

      HttpResponse<String> response =
          send(get(path).header("Authorization", "Bearer " + tokens.officer()));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
      assertThat(JSONObjectUtils.parse(response.body()))
          .containsEntry("status", 503L)
          .containsEntry("instance", path)
          .containsKey("correlationId");
    }

    @Test
    void writeWhoseServiceDropsTheConnectionBeforeAnsweringGivesBadGatewayNotABare500()
        throws Exception {
      String path = uniquePath("/api/cut");

      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri(path))
                  .header("Authorization", "Bearer " + tokens.officer())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"张某\"}")));

      assertThat(response.statusCode()).isEqualTo(502);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM_JSON));
      assertThat(JSONObjectUtils.parse(response.body()))
          .containsEntry("status", 502L)
          .containsEntry("instance", path)
          .hasEntrySatisfying(
              "detail", (detail) -> assertThat((String) detail).contains("Idempotency-Key"));
    }
  }

  @Nested
  class CorrelationIds {

    @Test
    void wellFormedIncomingIdIsKeptPassedOnAndReturned() throws Exception {
      String path = uniquePath("/api/pilots");
      String incoming = "case-2025-" + UUID.randomUUID();

      HttpResponse<String> response =
          send(
              get(path)
                  .header("Authorization", "Bearer " + tokens.officer())
                  .header("X-Correlation-Id", incoming));

      assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue(incoming);
      assertThat(pilotService.received(path).orElseThrow().header("X-Correlation-Id"))
          .isEqualTo(incoming);
    }

    @Test
    void malformedIncomingIdIsReplaced() throws Exception {
      String path = uniquePath("/api/pilots");
      String tooLong = "a".repeat(65);

      HttpResponse<String> response =
          send(
              get(path)
                  .header("Authorization", "Bearer " + tokens.officer())
                  .header("X-Correlation-Id", tooLong));

      String returned = response.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertThat(returned).isNotEqualTo(tooLong);
      assertThat(UUID.fromString(returned)).isNotNull();
      assertThat(pilotService.received(path).orElseThrow().header("X-Correlation-Id"))
          .isEqualTo(returned);
    }

    @Test
    void refusedRequestStillCarriesItsId() throws Exception {
      String incoming = UUID.randomUUID().toString();

      HttpResponse<String> response =
          send(get(uniquePath("/api/cases")).header("X-Correlation-Id", incoming));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue(incoming);
      assertThat(JSONObjectUtils.parse(response.body())).containsEntry("correlationId", incoming);
    }
  }

  @Nested
  class PublicRoutes {

    @Test
    void tokenRequestReachesIdentityServiceWithItsCredentials() throws Exception {
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("songjiang-officer:x".getBytes(StandardCharsets.UTF_8));

      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri("/oauth2/token"))
                  .header("Authorization", basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));

      assertThat(response.statusCode()).isEqualTo(200);
      Received received = identity.received("/oauth2/token").orElseThrow();
      assertThat(received.method()).isEqualTo("POST");
      assertThat(received.header("Authorization")).isEqualTo(basic);
    }

    @Test
    void discoveryAndKeySetArePublic() throws Exception {
      HttpResponse<String> discovery = send(get("/.well-known/openid-configuration"));
      HttpResponse<String> keys = send(get("/oauth2/jwks"));

      assertThat(discovery.statusCode()).isEqualTo(200);
      assertThat(discovery.body()).contains(ISSUER);
      assertThat(keys.statusCode()).isEqualTo(200);
      assertThat(keys.body()).contains("\"keys\"");
    }

    @ParameterizedTest
    @CsvSource({"case-service", "referral-service", "pilot-service", "notification-service"})
    void apiDocsOfEachServiceArePublicUnderItsName(String service) throws Exception {
      server(service)
          .respond(
              "/v3/api-docs", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service + "\"}}");

      HttpResponse<String> response = send(get("/v3/api-docs/" + service));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"title\":\"" + service + "\"");
      assertThat(server(service).received("/v3/api-docs")).isPresent();
    }

    @Test
    void swaggerUiIsPublicAndListsTheFourServices() throws Exception {
      HttpResponse<String> config = send(get("/v3/api-docs/swagger-config"));
      HttpResponse<String> ui = send(get("/swagger-ui.html"));

      assertThat(config.statusCode()).isEqualTo(200);
      assertThat(config.body())
          .contains(
              "/v3/api-docs/case-service",
              "/v3/api-docs/referral-service",
              "/v3/api-docs/pilot-service",
              "/v3/api-docs/notification-service");
      assertThat(ui.statusCode()).isIn(200, 302);
    }

    @Test
    void healthIsPublic() throws Exception {
      HttpResponse<String> response = send(get("/actuator/health"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"UP\"");
    }
  }

  @Nested
  class Operations {

    @Test
    void prometheusNeedsTheOperatorRole() throws Exception {
      assertThat(send(get("/actuator/prometheus")).statusCode()).isEqualTo(401);
      assertThat(
              send(get("/actuator/prometheus")
                      .header("Authorization", "Bearer " + tokens.officer()))
                  .statusCode())
          .isEqualTo(403);

      HttpResponse<String> response =
          send(get("/actuator/prometheus").header("Authorization", "Bearer " + tokens.operator()));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void gatewayEndpointListsTheRoutesToTheOperator() throws Exception {
      HttpResponse<String> response =
          send(
              get("/actuator/gateway/routes")
                  .header("Authorization", "Bearer " + tokens.operator()));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains(
              "case-service",
              "referral-service",
              "pilot-service",
              "notification-service",
              "identity-service");
    }

    @Test
    void routesCannotBeChangedThroughTheEndpoint() throws Exception {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri("/actuator/gateway/refresh"))
                  .header("Authorization", "Bearer " + tokens.operator())
                  .POST(HttpRequest.BodyPublishers.noBody()));

      assertThat(response.statusCode()).isNotEqualTo(200);
    }
  }

  private static RecordingServer server(String service) {
    return switch (service) {
      case "case-service" -> caseService;
      case "referral-service" -> referralService;
      case "pilot-service" -> pilotService;
      case "notification-service" -> notificationService;
      default -> throw new IllegalArgumentException(service);
    };
  }

  private static String uniquePath(String prefix) {
    return prefix + "/" + UUID.randomUUID();
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + this.port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
