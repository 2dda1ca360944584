package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * Routes balanced over every instance of a service: case-service runs as two instances, both up;
 * referral-service as two, one of them stopped (its port closed).
 */
@Import(GatewayDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayLoadBalancingIT {

  static final String ISSUER = "http://identity.test";

  static final TestTokens tokens = new TestTokens(ISSUER);

  static final RecordingServer identity =
      RecordingServer.start("identity-service").respond("/oauth2/jwks", tokens.jwkSet());

  static final RecordingServer caseOne = RecordingServer.start("case-service-1");

  static final RecordingServer caseTwo = RecordingServer.start("case-service-2");

  static final RecordingServer referralUp = RecordingServer.start("referral-service-up");

  static final RecordingServer referralDown = RecordingServer.start("referral-service-down");

  static {
    referralDown.stop();
  }

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("PLATFORM_ISSUER_URI", () -> ISSUER);
    registry.add("PLATFORM_JWK_SET_URI", () -> identity.url("/oauth2/jwks"));
    registry.add("CASE_SERVICE_URI", () -> caseOne.url() + "," + caseTwo.url());
    registry.add("REFERRAL_SERVICE_URI", () -> referralDown.url() + "," + referralUp.url());
  }

  @AfterAll
  static void stopServers() {
    identity.stop();
    caseOne.stop();
    caseTwo.stop();
    referralUp.stop();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void requestsAreSpreadOverEveryInstanceAndEachArrivesOnce() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String path = "/api/cases/" + UUID.randomUUID();
      paths.add(path);
      assertThat(send(request(path).GET()).statusCode()).isEqualTo(200);
    }

    assertThat(paths)
        .allSatisfy((path) -> assertThat(caseOne.count(path) + caseTwo.count(path)).isOne());
    assertThat(paths).anySatisfy((path) -> assertThat(caseOne.count(path)).isOne());
    assertThat(paths).anySatisfy((path) -> assertThat(caseTwo.count(path)).isOne());
  }

  @Test
  void aReadThatAnInstanceAnswersWithAServerErrorIsNotTriedAgain() throws Exception {
    String path = "/api/cases/" + UUID.randomUUID();
    caseOne.fail(path, 500);
    caseTwo.fail(path, 500);

    HttpResponse<String> response = send(request(path).GET());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(caseOne.count(path) + caseTwo.count(path)).isOne();
  }

  @Test
  void aReadWhoseInstanceIsDownIsAnsweredByAnotherInstance() throws Exception {
    for (int i = 0; i < 10; i++) {
      String path = "/api/referrals/" + UUID.randomUUID();

      HttpResponse<String> response = send(request(path).GET());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(referralUp.count(path)).isOne();
    }
  }

  @Test
  void aWriteWhoseInstanceIsDownFailsAsUnavailableAndIsNeverSentAgain() throws Exception {
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String path = "/api/referrals/" + UUID.randomUUID();

      HttpResponse<String> response =
          send(request(path).POST(HttpRequest.BodyPublishers.ofString("{}")));

      if (response.statusCode() == 503) {
        refused.add(path);
        assertThat(JSONObjectUtils.parse(response.body()))
            .containsEntry("type", "urn:tradesecret:problem:service-unavailable")
            .containsEntry("instance", path);
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(referralUp.count(path)).isOne();
      }
    }

    assertThat(refused)
        .as("round robin sends every other request to the stopped instance")
        .isNotEmpty();
    assertThat(refused).allSatisfy((path) -> assertThat(referralUp.count(path)).isZero());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + tokens.officer())
        .header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
