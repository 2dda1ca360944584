package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.identity.login.LoginThrottleProperties;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password guessing at the login form, or of an agency system's client secret at the token
 * endpoint, stops after a few failures per account (5 in 15 minutes) and per client address (20),
 * with 429 and Retry-After; the owner of the account logs in again once the window has passed.
 */
@PlatformIntegrationTest(
    properties = "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER)
class LoginThrottleIT {

  private static final String ACCOUNT = "hongkou-officer";

  /** As many as the lead's load test sends at once ({@code xargs -P 16}). */
  private static final int CONCURRENT_REQUESTS = 16;

  @LocalServerPort int port;

  @Autowired IdentityProperties properties;

  @Autowired LoginThrottleProperties limits;

  @Autowired TestClock clock;

  @Autowired JdbcTemplate jdbc;

  private ConsoleLogin console;

  @BeforeEach
  void startWithoutFailures() {
    // Every test of the suite logs in from this machine's address, and the other test classes
    // leave a few failures: start each with none counted.
    this.jdbc.update("DELETE FROM login_throttle");
    this.clock.reset();
    this.console = ConsoleLogin.at(this.port, this.properties);
  }

  @AfterEach
  void forgetFailures() {
    startWithoutFailures();
  }

  @Test
  void wrongPasswordsForOneAccountAreAnsweredTooManyRequestsWithRetryAfter() throws Exception {
    for (int i = 0; i < this.limits.accountFailures(); i++) {
      assertThat(Browser.location(logIn(ACCOUNT, wrongPassword())))
          .hasPath("/login")
          .hasQuery("error");
    }

    HttpResponse<String> refused = logIn(ACCOUNT, wrongPassword());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(retryAfter(refused)).isPositive().isLessThanOrEqualTo(this.limits.window());
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
    assertThat(refused.body()).contains("Too many failed logins", "wait 15 minute");
  }

  @Test
  void evenTheRightPasswordWaitsOnceTheAccountIsThrottled() throws Exception {
    failAsOftenAsAllowed(ACCOUNT);

    HttpResponse<String> refused = logIn(ACCOUNT, demoPassword());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void otherAccountIsUnaffected() throws Exception {
    failAsOftenAsAllowed(ACCOUNT);

    Pkce pkce = Pkce.generate();
    String code =
        this.console.logInAndAuthorize(new Browser(), pkce, "putuo-officer", demoPassword());

    assertThat(this.console.redeem(code, pkce)).containsKey("access_token");
  }

  @Test
  void ownerLogsInOnceTheWindowHasPassed() throws Exception {
    failAsOftenAsAllowed(ACCOUNT);
    this.clock.advance(this.limits.window().minusSeconds(5));
    assertThat(logIn(ACCOUNT, demoPassword()).statusCode()).isEqualTo(429);

    this.clock.advance(Duration.ofSeconds(6));

    Pkce pkce = Pkce.generate();
    String code = this.console.logInAndAuthorize(new Browser(), pkce, ACCOUNT, demoPassword());
    assertThat(this.console.redeem(code, pkce)).containsKey("access_token");
  }

  @Test
  void successfulLoginIsNotCounted() throws Exception {
    for (int i = 0; i < this.limits.accountFailures() - 1; i++) {
      logIn(ACCOUNT, wrongPassword());
    }
    assertThat(Browser.location(logIn(ACCOUNT, demoPassword()))).hasPath("/oauth2/authorize");

    // The last failure allowed, not a refusal: the success took nothing.
    assertThat(Browser.location(logIn(ACCOUNT, wrongPassword())))
        .hasPath("/login")
        .hasQuery("error");
  }

  @Test
  void accountNameIsCountedHoweverItIsTyped() throws Exception {
    // The login trims control characters and spaces, and account names ignore case.
    String[] spellings = {
      ACCOUNT, ACCOUNT.toUpperCase(Locale.ROOT), " " + ACCOUNT + " ", ACCOUNT + "\u0000"
    };
    for (int i = 0; i < this.limits.accountFailures(); i++) {
      logIn(spellings[i % spellings.length], wrongPassword());
    }

    assertThat(logIn(ACCOUNT, demoPassword()).statusCode()).isEqualTo(429);
  }

  @Test
  void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
    for (int i = 0; i < this.limits.addressFailures(); i++) {
      logIn("nobody-" + i, wrongPassword());
    }

    HttpResponse<String> refused = logIn("putuo-officer", demoPassword());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(retryAfter(refused)).isPositive().isLessThanOrEqualTo(this.limits.window());
  }

  @Test
  void clientsBehindTheGatewayAreCountedByTheirOwnAddress() throws Exception {
    for (int i = 0; i < this.limits.addressFailures(); i++) {
      assertThat(clientCredentials("nobody-" + i, wrongPassword(), "203.0.113.7").statusCode())
          .isEqualTo(401);
    }

    assertThat(clientCredentials("putuo-officer", demoPassword(), "203.0.113.7").statusCode())
        .isEqualTo(429);
    assertThat(clientCredentials("putuo-officer", demoPassword(), "198.51.100.9").statusCode())
        .isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nul", "control", "emoji", "megabyte"})
  void strangeAccountNamesAreRefusedLikeAnyOtherWrongLogin(String kind) throws Exception {
    String name =
        switch (kind) {
          case "nul" -> ACCOUNT + "\u0000";
          case "control" -> "\u0007\u001b[2J" + ACCOUNT;
          case "emoji" -> ACCOUNT + "\uD83D\uDE00";
          default -> "x".repeat(1_000_000);
        };

    assertThat(Browser.location(logIn(name, wrongPassword()))).hasPath("/login").hasQuery("error");
  }

  @Test
  void wrongClientSecretsCountAsFailedLoginsOfTheAccount() throws Exception {
    for (int i = 0; i < this.limits.accountFailures(); i++) {
      assertThat(clientCredentials(ACCOUNT, wrongPassword()).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = clientCredentials(ACCOUNT, demoPassword());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(retryAfter(refused)).isPositive().isLessThanOrEqualTo(this.limits.window());
    assertThat(refused.body()).contains("invalid_client").doesNotContain("access_token");
    // The secret is the account's password: the form refuses the account too.
    assertThat(logIn(ACCOUNT, demoPassword()).statusCode()).isEqualTo(429);
  }

  @Test
  void rightClientSecretIsNotCounted() throws Exception {
    for (int i = 0; i < this.limits.accountFailures() - 1; i++) {
      clientCredentials(ACCOUNT, wrongPassword());
    }
    assertThat(clientCredentials(ACCOUNT, demoPassword()).statusCode()).isEqualTo(200);

    assertThat(clientCredentials(ACCOUNT, wrongPassword()).statusCode()).isEqualTo(401);
  }

  @Test
  void concurrentRequestsWithTheRightSecretAllGetTokens() throws Exception {
    // An agency system under load: more requests at once than the account may fail in a window.
    List<Integer> statuses =
        concurrently(
            CONCURRENT_REQUESTS * 8, () -> clientCredentials(ACCOUNT, demoPassword()).statusCode());

    assertThat(statuses).hasSize(CONCURRENT_REQUESTS * 8).containsOnly(200);
    assertThat(clientCredentials(ACCOUNT, demoPassword()).statusCode()).isEqualTo(200);
  }

  @Test
  void concurrentWrongSecretsAreThrottledAllTheSame() throws Exception {
    List<Integer> statuses =
        concurrently(
            CONCURRENT_REQUESTS, () -> clientCredentials(ACCOUNT, wrongPassword()).statusCode());

    // Guesses admitted together may all be checked, but each of them counts (the account runs into
    // debt), so the account is refused as soon as they are answered.
    assertThat(statuses).isSubsetOf(401, 429);
    assertThat(statuses.stream().filter((status) -> status == 401).count())
        .isGreaterThanOrEqualTo(this.limits.accountFailures());
    assertThat(clientCredentials(ACCOUNT, demoPassword()).statusCode()).isEqualTo(429);
    assertThat(logIn(ACCOUNT, demoPassword()).statusCode()).isEqualTo(429);
  }

  /** Runs the request this many times, {@value #CONCURRENT_REQUESTS} at once, as one client. */
  private static List<Integer> concurrently(int times, Callable<Integer> request)
      throws InterruptedException, ExecutionException {
    ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
    try {
      List<Future<Integer>> answers = clients.invokeAll(Collections.nCopies(times, request));
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      clients.shutdownNow();
    }
  }

  private HttpResponse<String> clientCredentials(String account, String secret)
      throws IOException, InterruptedException {
    return clientCredentials(account, secret, null);
  }

  /**
   * A token request from an agency system, through the gateway when it names a forwarded address.
   */
  private HttpResponse<String> clientCredentials(String account, String secret, String forwardedFor)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((account + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            request(forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String forwardedFor) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(this.console.baseUrl() + "/oauth2/token"));
    return (forwardedFor == null) ? request : request.header("X-Forwarded-For", forwardedFor);
  }

  private void failAsOftenAsAllowed(String account) throws IOException, InterruptedException {
    for (int i = 0; i < this.limits.accountFailures(); i++) {
      assertThat(logIn(account, wrongPassword()).statusCode()).isEqualTo(302);
    }
  }

  private HttpResponse<String> logIn(String account, String password)
      throws IOException, InterruptedException {
    return this.console.submitLogin(new Browser(), Pkce.generate(), account, password);
  }

  private static Duration retryAfter(HttpResponse<String> response) {
    return Duration.ofSeconds(
        Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()));
  }

  private String demoPassword() {
    return this.properties.demoPassword();
  }

  private String wrongPassword() {
    return demoPassword() + "-wrong";
  }
}
