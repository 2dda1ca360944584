package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.infra.PostgresServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rate limit held in PostgreSQL: several gateways on one database draw on one bucket per
 * account, exactly when each visits the database for every request, and within the tokens each may
 * hand out unreported otherwise; a gateway whose database is down lets requests through (3 requests
 * at once and 1 a second per account, as in {@link GatewayLimitsIT}).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "platform.gateway.rate-limit.burst=3",
      "platform.gateway.rate-limit.requests-per-second=1",
      "platform.gateway.rate-limit.unsynchronized-tokens=0"
    })
@Import(GatewayDatabase.class)
class GatewaySharedLimitsIT {

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
  void aSecondGatewayOnTheSameDatabaseRefusesOnceTheFirstUsedTheAccountsBudget() throws Exception {
    String officer = tokens.officer("officer-" + UUID.randomUUID());
    try (ConfigurableApplicationContext second =
        anotherGateway().sources(GatewayDatabase.class).run(arguments())) {
      int secondPort = port(second);
      for (int i = 0; i < 3; i++) {
        assertThat(get(port, "/api/cases/" + i, officer).statusCode()).isEqualTo(200);
      }
      assertThat(RateLimitProbe.untilRefused(http, port, "/api/cases/first", officer).statusCode())
          .isEqualTo(429);

      HttpResponse<String> refused = get(secondPort, "/api/cases/elsewhere", officer);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("urn:tradesecret:problem:rate-limited");
      assertThat(caseService.received("/api/cases/elsewhere")).isEmpty();
      assertThat(get(secondPort, "/api/cases/another-account", tokens.operator()).statusCode())
          .as("other accounts keep their own budget")
          .isEqualTo(200);
    }
  }

  @Test
  void twoGatewaysThatReportTheirTokensLateLetAnAccountPastItsBurstByAtMostWhatEachHoldsBack()
      throws Exception {
    String officer = tokens.officer("officer-" + UUID.randomUUID());
    String[] holdingBack =
        withRoutes(
            "--platform.gateway.rate-limit.burst=20",
            "--platform.gateway.rate-limit.requests-per-second=1",
            "--platform.gateway.rate-limit.unsynchronized-tokens=4",
            "--platform.gateway.rate-limit.synchronization-interval=1m");
    try (ConfigurableApplicationContext first =
            anotherGateway().sources(GatewayDatabase.class).run(holdingBack);
        ConfigurableApplicationContext second =
            anotherGateway().sources(GatewayDatabase.class).run(holdingBack)) {
      int[] ports = {port(first), port(second)};
      int passed = 0;
      int[] lastStatus = new int[2];
      for (int i = 0; i < 60; i++) {
        lastStatus[i % 2] = get(ports[i % 2], "/api/cases/held-back-" + i, officer).statusCode();
        passed += lastStatus[i % 2] == 200 ? 1 : 0;
      }

      // 20 at once, 4 unreported by each gateway, and a token a second while the 60 run
      assertThat(passed).isBetween(20, 20 + 2 * 4 + 5);
      assertThat(lastStatus).containsOnly(429);
    }
  }

  @Test
  void whileItsDatabaseIsDownAGatewayLetsRequestsPassAndCountsThem() throws Exception {
    String officer = tokens.officer("officer-" + UUID.randomUUID());
    PostgresServer ownDatabase = PostgresServer.startTemporary();
    ownDatabase.ensureDatabase("gateway");
    try (ConfigurableApplicationContext gateway =
        anotherGateway()
            .run(
                arguments(
                    "--spring.datasource.url=" + ownDatabase.jdbcUrl("gateway"),
                    "--spring.datasource.username=" + PostgresServer.USER))) {
      ownDatabase.close();

      for (int i = 0; i < 6; i++) {
        HttpResponse<String> response = get(port(gateway), "/api/cases/unlimited-" + i, officer);
        assertThat(response.statusCode()).isEqualTo(200);
      }

      MeterRegistry meters = gateway.getBean(MeterRegistry.class);
      assertThat(meters.get("gateway.rate_limit.unlimited").counter().count()).isEqualTo(6);
      assertThat(get(port(gateway), "/actuator/health", null).body()).contains("\"UP\"");
    }
  }

  /** Another gateway in this JVM. */
  private static SpringApplicationBuilder anotherGateway() {
    return new SpringApplicationBuilder(GatewayApplication.class);
  }

  /** The same limits and routes as the gateway of this test, and {@code more}. */
  private static String[] arguments(String... more) {
    return withRoutes(
        Stream.concat(
                Stream.of(
                    "--platform.gateway.rate-limit.burst=3",
                    "--platform.gateway.rate-limit.requests-per-second=1",
                    "--platform.gateway.rate-limit.unsynchronized-tokens=0"),
                Stream.of(more))
            .toArray(String[]::new));
  }

  /** {@code settings} on a free port, with the issuer and the routes of this test. */
  private static String[] withRoutes(String... settings) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--PLATFORM_ISSUER_URI=" + ISSUER,
                "--PLATFORM_JWK_SET_URI=" + identity.url("/oauth2/jwks"),
                "--CASE_SERVICE_URI=" + caseService.url()));
    arguments.addAll(List.of(settings));
    return arguments.toArray(String[]::new);
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private HttpResponse<String> get(int port, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
