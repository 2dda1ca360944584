package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.identity.login.LoginThrottleProperties;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Several instances of the identity service on one database, as operators run them: what one issues
 * another honours, and a restart logs nobody out. The test's application is one instance; the
 * others are started here on the same database and clock, each as its own application.
 */
@PlatformIntegrationTest(
    properties = "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityInstancesIT {

  @LocalServerPort int port;

  @Autowired IdentityProperties properties;

  @Autowired LoginThrottleProperties limits;

  @Autowired JdbcConnectionDetails database;

  @Autowired JdbcTemplate jdbc;

  private ConsoleLogin first;

  /** A second instance, running beside the first for all the tests of this class. */
  private ConfigurableApplicationContext second;

  @BeforeAll
  void startSecondInstance() {
    this.second = startInstance();
  }

  @AfterAll
  void stopSecondInstance() {
    this.second.close();
  }

  @BeforeEach
  void firstInstance() {
    this.jdbc.update("DELETE FROM login_throttle");
    this.first = ConsoleLogin.at(this.port, this.properties);
  }

  @AfterEach
  void forgetFailures() {
    this.jdbc.update("DELETE FROM login_throttle");
  }

  @Test
  void codeIssuedByOneInstanceIsRedeemedAtAnother() throws Exception {
    Pkce pkce = Pkce.generate();
    String code =
        this.first.logInAndAuthorize(new Browser(), pkce, "minhang-officer", demoPassword());

    Map<String, Object> tokens = console(this.second).redeem(code, pkce);

    assertThat(decoderOf(this.first).decode((String) tokens.get("access_token")).getSubject())
        .isEqualTo("minhang-officer");
  }

  @Test
  void officerStaysLoggedInAcrossARestart() throws Exception {
    Browser browser = new Browser();
    Pkce pkce = Pkce.generate();
    Map<String, Object> tokens;
    try (ConfigurableApplicationContext before = startInstance()) {
      ConsoleLogin console = console(before);
      tokens =
          console.redeem(
              console.logInAndAuthorize(browser, pkce, "minhang-officer", demoPassword()), pkce);
    }

    try (ConfigurableApplicationContext after = startInstance()) {
      ConsoleLogin console = console(after);

      // The refresh token still works, and the new access token verifies with the same key.
      Map<String, Object> refreshed =
          ConsoleLogin.tokens(console.refresh((String) tokens.get("refresh_token")));
      assertThat(decoderOf(console).decode((String) refreshed.get("access_token")).getSubject())
          .isEqualTo("minhang-officer");
      assertThat(decoderOf(console).decode((String) tokens.get("access_token")).getSubject())
          .isEqualTo("minhang-officer");
      // The login session still holds: a new authorization request gets a code without the form.
      Pkce next = Pkce.generate();
      String code = console.code(browser.get(console.authorizationRequest(next)));
      assertThat(console.redeem(code, next)).containsKey("access_token");
    }
  }

  @Test
  void loggedOutAtOneInstanceIsLoggedOutAtAll() throws Exception {
    Browser browser = new Browser();
    this.first.logInAndAuthorize(browser, Pkce.generate(), "minhang-officer", demoPassword());

    URI logout = URI.create(console(this.second).baseUrl() + "/logout");
    browser.post(logout, Map.of("_csrf", Browser.csrfToken(browser.get(logout))));

    assertThat(Browser.location(browser.get(this.first.authorizationRequest(Pkce.generate()))))
        .hasPath("/login");
  }

  @Test
  void failedLoginsAreCountedAcrossInstances() throws Exception {
    ConsoleLogin other = console(this.second);
    for (int i = 0; i < this.limits.accountFailures(); i++) {
      ConsoleLogin at = (i % 2 == 0) ? this.first : other;
      assertThat(Browser.location(logIn(at, "minhang-officer", demoPassword() + "-wrong")))
          .hasQuery("error");
    }

    assertThat(logIn(other, "minhang-officer", demoPassword()).statusCode()).isEqualTo(429);
    assertThat(logIn(this.first, "minhang-officer", demoPassword()).statusCode()).isEqualTo(429);
  }

  @Test
  void everyInstancePublishesTheSameSigningKey() throws Exception {
    assertThat(console(this.second).keySet()).isEqualTo(this.first.keySet());
  }

  /**
   * Another instance: the same application on the same database and clock, on a port of its own.
   */
  private ConfigurableApplicationContext startInstance() {
    return new SpringApplicationBuilder(IdentityServiceApplication.class)
        .initializers(
            (context) -> context.getBeanFactory().registerSingleton("clock", TestClock.suite()))
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + this.database.getJdbcUrl(),
            "--spring.datasource.username=" + this.database.getUsername(),
            "--spring.datasource.password=" + this.database.getPassword(),
            "--spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER);
  }

  private ConsoleLogin console(ConfigurableApplicationContext instance) {
    int instancePort = ((WebServerApplicationContext) instance).getWebServer().getPort();
    return ConsoleLogin.at(instancePort, this.properties);
  }

  private static NimbusJwtDecoder decoderOf(ConsoleLogin instance) {
    return NimbusJwtDecoder.withJwkSetUri(instance.baseUrl() + "/oauth2/jwks").build();
  }

  private HttpResponse<String> logIn(ConsoleLogin at, String account, String password)
      throws IOException, InterruptedException {
    return at.submitLogin(new Browser(), Pkce.generate(), account, password);
  }

  private String demoPassword() {
    return this.properties.demoPassword();
  }
}
