package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.identity.authorization.ExpiredAuthorizations;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spent authorizations leave the database; an officer's login with a live refresh token stays. */
@PlatformIntegrationTest(
    properties = "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER)
class ExpiredAuthorizationsIT {

  private static final String OFFICER = "xuhui-police";

  @LocalServerPort int port;

  @Autowired IdentityProperties properties;

  @Autowired ExpiredAuthorizations expired;

  @Autowired JdbcTemplate jdbc;

  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    this.clock.reset();
  }

  @Test
  void authorizationGoesOnceItsLastTokenHasExpired() throws Exception {
    ConsoleLogin console = ConsoleLogin.at(this.port, this.properties);
    Pkce pkce = Pkce.generate();
    Map<String, Object> tokens =
        console.redeem(
            console.logInAndAuthorize(new Browser(), pkce, OFFICER, demoPassword()), pkce);
    String id = authorizationOf((String) tokens.get("refresh_token"));
    Instant accessExpires = expiry(id, "access_token_expires_at");
    Instant refreshExpires = expiry(id, "refresh_token_expires_at");

    // The access token has expired, the refresh token has not: the login stays.
    this.clock.freezeAt(accessExpires.plusSeconds(1));
    this.expired.delete();
    assertThat(rows(id)).isOne();

    this.clock.freezeAt(refreshExpires.plusSeconds(1));
    this.expired.delete();
    assertThat(rows(id)).isZero();
  }

  private String authorizationOf(String refreshToken) {
    return this.jdbc.queryForObject(
        "SELECT id FROM oauth2_authorization WHERE refresh_token_value = ?",
        String.class,
        refreshToken);
  }

  private Instant expiry(String id, String column) {
    return this.jdbc
        .queryForObject(
            "SELECT " + column + " FROM oauth2_authorization WHERE id = ?", Timestamp.class, id)
        .toInstant();
  }

  private int rows(String id) {
    return this.jdbc.queryForObject(
        "SELECT count(*) FROM oauth2_authorization WHERE id = ?", Integer.class, id);
  }

  private String demoPassword() {
    return this.properties.demoPassword();
  }
}
