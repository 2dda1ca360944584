package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An officer logs in with a browser through the console: authorization code with PKCE at the
 * running server, each redirect checked.
 */
@PlatformIntegrationTest(
    properties = "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceIT.ISSUER)
class OfficerLoginIT {

  /** Claims that differ between any two tokens: when and which. */
  private static final Set<String> PER_TOKEN_CLAIMS = Set.of("iat", "nbf", "exp", "jti");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;

  @Autowired IdentityProperties properties;

  @Nested
  class AuthorizationCodeWithPkce {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
				songjiang-officer;     MARKET_REGULATION; MR-310117;       310117; OFFICER
				songjiang-head;        MARKET_REGULATION; MR-310117;       310117; OFFICER,HEAD
				songjiang-police;      POLICE;            PSB-310117;      310117; OFFICER
				municipal-procurator;  PROCURATORATE;     PROC-310000;     310000; PROCURATOR
				songjiang-court-judge; COURT;             COURT-310117;    310117; JUDGE
				operator;              PLATFORM;          PLATFORM-310000; 310000; OPERATOR
				""")
    void loggedInOfficerGetsAccessTokenWithTheClaimsOfTheAccount(
        String account, String agency, String unit, String jurisdiction, String roles)
        throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), account, demoPassword(), pkce);

      HttpResponse<String> response = redeem(code, pkce.verifier());

      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> body = JSONObjectUtils.parse(response.body());
      assertThat(body)
          .containsEntry("token_type", "Bearer")
          .containsKeys("refresh_token", "id_token");
      Jwt jwt = platformDecoder().decode((String) body.get("access_token"));
      assertThat(jwt.getSubject()).isEqualTo(account);
      assertThat(jwt.getAudience()).containsExactly(IdentityServiceIT.AUDIENCE);
      assertThat(jwt.getIssuer()).hasToString(IdentityServiceIT.ISSUER);
      assertThat(jwt.getClaimAsString("agency")).isEqualTo(agency);
      assertThat(jwt.getClaimAsString("unit")).isEqualTo(unit);
      assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo(jurisdiction);
      assertThat(jwt.getClaimAsStringList("roles")).containsExactly(roles.split(","));
      assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
          .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void officerAccessTokenClaimsTheSameAsTheAccountsClientCredentialsToken() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "xuhui-head", demoPassword(), pkce);

      Jwt officer = platformDecoder().decode(accessToken(redeem(code, pkce.verifier())));
      Jwt system = platformDecoder().decode(accessToken(clientCredentials("xuhui-head")));

      assertThat(withoutPerTokenClaims(officer))
          .isEqualTo(withoutPerTokenClaims(system))
          .containsOnlyKeys("iss", "sub", "aud", "agency", "unit", "jurisdiction", "roles");
    }

    @Test
    void idTokenNamesTheOfficerForTheConsoleOnly() throws Exception {
      Pkce pkce = Pkce.generate();
      String nonce = Pkce.randomValue();
      Browser browser = new Browser();
      URI back =
          logIn(
              browser,
              authorizationRequest(pkce, Map.of("nonce", nonce)),
              "songjiang-head",
              demoPassword());
      String code = authorizationCode(browser.get(back));

      String idToken =
          (String) JSONObjectUtils.parse(redeem(code, pkce.verifier()).body()).get("id_token");

      Jwt jwt = keySetDecoder().decode(idToken);
      assertThat(jwt.getSubject()).isEqualTo("songjiang-head");
      assertThat(jwt.getAudience()).containsExactly(consoleClientId());
      assertThat(jwt.getClaimAsString("nonce")).isEqualTo(nonce);
      assertThat(jwt.getClaimAsString("unit")).isEqualTo("MR-310117");
      assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OFFICER", "HEAD");
      // Not an access token: the services require their audience.
      assertThatExceptionOfType(JwtException.class)
          .isThrownBy(() -> platformDecoder().decode(idToken));
    }

    @Test
    void userInfoNamesTheOfficer() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);
      String accessToken = accessToken(redeem(code, pkce.verifier()));

      HttpResponse<String> userInfo =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/userinfo")))
                  .header("Authorization", "Bearer " + accessToken)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(userInfo.statusCode()).isEqualTo(200);
      assertThat(JSONObjectUtils.parse(userInfo.body())).containsEntry("sub", "songjiang-officer");
    }

    @Test
    void codeIsRedeemedOnce() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);
      assertThat(redeem(code, pkce.verifier()).statusCode()).isEqualTo(200);

      HttpResponse<String> again = redeem(code, pkce.verifier());

      assertThat(again.statusCode()).isEqualTo(400);
      assertThat(again.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    @Test
    void loggedInOfficerIsNotAskedAgain() throws Exception {
      Browser browser = new Browser();
      logInAndAuthorize(browser, "songjiang-officer", demoPassword(), Pkce.generate());

      Pkce next = Pkce.generate();
      String code = authorizationCode(browser.get(authorizationRequest(next, Map.of())));

      assertThat(platformDecoder().decode(accessToken(redeem(code, next.verifier()))).getSubject())
          .isEqualTo("songjiang-officer");
    }
  }

  @Nested
  class Login {

    @Test
    void browserWithoutLoginIsSentToTheLoginForm() throws Exception {
      Browser browser = new Browser();

      URI login = Browser.location(browser.get(authorizationRequest(Pkce.generate(), Map.of())));
      HttpResponse<String> page = browser.get(login);

      assertThat(login.getPath()).isEqualTo("/login");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("name=\"username\"", "name=\"password\"");
      assertThat(Browser.csrfToken(page)).isNotBlank();
    }

    @ParameterizedTest(name = "{0} with {1} password")
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
				songjiang-officer; a wrong
				songjiang-officer; an empty
				songjiang-officer; the upper-case
				pudong-nobody;     the demo
				officer-console;   the demo
				""")
    void wrongCredentialsAreRefused(String username, String password) throws Exception {
      Browser browser = new Browser();
      URI authorize = authorizationRequest(Pkce.generate(), Map.of());
      URI login = Browser.location(browser.get(authorize));
      String csrf = Browser.csrfToken(browser.get(login));
      String pass =
          switch (password) {
            case "the demo" -> demoPassword();
            case "the upper-case" -> demoPassword().toUpperCase(Locale.ROOT);
            case "an empty" -> "";
            default -> demoPassword() + "-wrong";
          };

      HttpResponse<String> refused =
          browser.post(login, Map.of("username", username, "password", pass, "_csrf", csrf));

      assertThat(Browser.location(refused)).hasPath("/login").hasQuery("error");
      // Still not logged in: no code, back to the form.
      assertThat(Browser.location(browser.get(authorize))).hasPath("/login");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
      Browser browser = new Browser();
      URI authorize = authorizationRequest(Pkce.generate(), Map.of());
      URI login = Browser.location(browser.get(authorize));
      browser.get(login);

      HttpResponse<String> refused =
          browser.post(login, Map.of("username", "songjiang-officer", "password", demoPassword()));

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(Browser.location(browser.get(authorize))).hasPath("/login");
    }

    @Test
    void logoutEndsTheLogin() throws Exception {
      Browser browser = new Browser();
      logInAndAuthorize(browser, "songjiang-officer", demoPassword(), Pkce.generate());
      URI logout = URI.create(url("/logout"));
      String csrf = Browser.csrfToken(browser.get(logout));

      HttpResponse<String> loggedOut = browser.post(logout, Map.of("_csrf", csrf));

      assertThat(Browser.location(loggedOut)).hasPath("/login").hasQuery("logout");
      assertThat(Browser.location(browser.get(authorizationRequest(Pkce.generate(), Map.of()))))
          .hasPath("/login");
    }
  }

  /** OpenID Connect RP-initiated logout, as the console ends an officer's login. */
  @Nested
  class RpInitiatedLogout {

    /** The console's home on a port of its own choosing: a loopback IP may use any port. */
    private static final String CONSOLE_HOME = "http://127.0.0.1:45678/console/";

    @Test
    void logoutWithTheIdTokenEndsTheLoginAndSendsTheBrowserBackToTheConsole() throws Exception {
      Browser browser = new Browser();
      String idToken = idToken(browser, "songjiang-officer");

      HttpResponse<String> loggedOut = browser.get(logout(idToken, CONSOLE_HOME));

      assertThat(Browser.location(loggedOut)).hasToString(CONSOLE_HOME + "?state=state-1");
      assertThat(Browser.location(browser.get(authorizationRequest(Pkce.generate(), Map.of()))))
          .hasPath("/login");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://elsewhere.example/console/",
          "http://127.0.0.1:45678/other/",
          "http://localhost:45678/console/"
        })
    void unregisteredPostLogoutRedirectUriIsRefusedWithoutRedirecting(String elsewhere)
        throws Exception {
      Browser browser = new Browser();
      String idToken = idToken(browser, "songjiang-officer");

      HttpResponse<String> refused = browser.get(logout(idToken, elsewhere));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void logoutWithAForgedIdTokenIsRefused() throws Exception {
      Browser browser = new Browser();
      String idToken = idToken(browser, "songjiang-officer");
      String forged = idToken.substring(0, idToken.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

      HttpResponse<String> refused = browser.get(logout(forged, CONSOLE_HOME));

      assertThat(refused.statusCode()).isEqualTo(400);
      // still logged in: the next authorization request gives a code without the login form
      assertThat(authorizationCode(browser.get(authorizationRequest(Pkce.generate(), Map.of()))))
          .isNotBlank();
    }

    @Test
    void afterARefreshTheRefreshedIdTokenEndsTheLogin() throws Exception {
      Browser browser = new Browser();
      Map<String, Object> tokens = tokens(browser, "songjiang-officer");

      String refreshedIdToken = refreshedIdToken(tokens);
      HttpResponse<String> loggedOut = browser.get(logout(refreshedIdToken, CONSOLE_HOME));

      assertThat(Browser.location(loggedOut)).hasToString(CONSOLE_HOME + "?state=state-1");
      assertThat(Browser.location(browser.get(authorizationRequest(Pkce.generate(), Map.of()))))
          .hasPath("/login");
    }

    /**
     * What the console checks before the refreshed ID token replaces the login's (OpenID Connect
     * Core 12.2, as Spring Security's listener of refreshes does): the same issuer, officer,
     * audience, login time and nonce. Otherwise the console would refuse every refresh.
     */
    @Test
    void refreshedIdTokenNamesTheSameLoginAsTheFirst() throws Exception {
      Map<String, Object> tokens = tokens(new Browser(), "songjiang-head");

      Jwt first = keySetDecoder().decode((String) tokens.get("id_token"));
      Jwt refreshed = keySetDecoder().decode(refreshedIdToken(tokens));

      for (String claim : List.of("iss", "sub", "aud", "auth_time", "sid")) {
        assertThat(refreshed.getClaims().get(claim))
            .as(claim)
            .isNotNull()
            .isEqualTo(first.getClaims().get(claim));
      }
      assertThat(refreshed.getIssuedAt()).isAfterOrEqualTo(first.getIssuedAt());
      if (refreshed.hasClaim("nonce")) {
        assertThat(refreshed.getClaimAsString("nonce")).isEqualTo(first.getClaimAsString("nonce"));
      }
    }

    /**
     * Why the console must log out with the ID token of its latest refresh: the authorization keeps
     * only the newest ID token, and the one issued at the login is then unknown as a hint.
     */
    @Test
    void idTokenReplacedByARefreshIsRefusedAsHint() throws Exception {
      Browser browser = new Browser();
      Map<String, Object> tokens = tokens(browser, "songjiang-officer");
      refreshedIdToken(tokens);

      HttpResponse<String> refused =
          browser.get(logout((String) tokens.get("id_token"), CONSOLE_HOME));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    private String refreshedIdToken(Map<String, Object> tokens) throws Exception {
      HttpResponse<String> refreshed =
          refresh((String) tokens.get("refresh_token"), consoleClientId());
      assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
      String idToken = (String) JSONObjectUtils.parse(refreshed.body()).get("id_token");
      assertThat(idToken).isNotBlank().isNotEqualTo(tokens.get("id_token"));
      return idToken;
    }

    @Test
    void browserWithoutLoginIsOnlySentBack() throws Exception {
      String idToken = idToken(new Browser(), "songjiang-officer");

      HttpResponse<String> back = new Browser().get(logout(idToken, CONSOLE_HOME));

      assertThat(Browser.location(back)).hasToString(CONSOLE_HOME + "?state=state-1");
    }

    /** Logs in with the browser as the console does; the ID token the console receives. */
    private String idToken(Browser browser, String account) throws Exception {
      return (String) tokens(browser, account).get("id_token");
    }

    /** Logs in with the browser as the console does; the tokens the console receives. */
    private Map<String, Object> tokens(Browser browser, String account) throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(browser, account, demoPassword(), pkce);
      HttpResponse<String> tokens = redeem(code, pkce.verifier());
      assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
      return JSONObjectUtils.parse(tokens.body());
    }

    private URI logout(String idToken, String postLogoutRedirectUri) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("id_token_hint", idToken);
      parameters.put("client_id", consoleClientId());
      parameters.put("post_logout_redirect_uri", postLogoutRedirectUri);
      parameters.put("state", "state-1");
      return URI.create(url("/connect/logout?" + Browser.form(parameters)));
    }
  }

  @Nested
  class AuthorizationRequest {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://attacker.example/callback",
          "http://localhost:5173/callback/../steal",
          "http://localhost:5174/callback",
          "http://localhost:5173/callback?next=x"
        })
    void unregisteredRedirectUriIsRefusedWithoutRedirecting(String redirectUri) throws Exception {
      Browser browser = new Browser();
      // Even for a logged-in officer.
      logInAndAuthorize(browser, "songjiang-officer", demoPassword(), Pkce.generate());

      HttpResponse<String> refused =
          browser.get(authorizationRequest(Pkce.generate(), Map.of("redirect_uri", redirectUri)));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void requestWithoutCodeChallengeIsRefused() throws Exception {
      Map<String, String> parameters =
          new LinkedHashMap<>(authorizationParameters(Pkce.generate()));
      parameters.remove("code_challenge");
      parameters.remove("code_challenge_method");

      URI refused = Browser.location(new Browser().get(authorizeUri(parameters)));

      assertThat(refused.toString()).startsWith(consoleRedirectUri() + "?");
      assertThat(queryParameter(refused, "error")).isEqualTo("invalid_request");
      assertThat(queryParameter(refused, "code")).isNull();
    }

    @Test
    void plainCodeChallengeIsRefused() throws Exception {
      Pkce pkce = Pkce.generate();

      URI refused =
          Browser.location(
              new Browser()
                  .get(
                      authorizationRequest(
                          pkce,
                          Map.of(
                              "code_challenge",
                              pkce.verifier(),
                              "code_challenge_method",
                              "plain"))));

      assertThat(queryParameter(refused, "error")).isEqualTo("invalid_request");
      assertThat(queryParameter(refused, "code")).isNull();
    }

    @Test
    void agencySystemClientCannotUseTheAuthorizationCodeGrant() throws Exception {
      HttpResponse<String> refused =
          new Browser()
              .get(authorizationRequest(Pkce.generate(), Map.of("client_id", "songjiang-officer")));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Location")).isEmpty();
    }
  }

  @Nested
  class TokenRequest {

    @Test
    void codeWithoutVerifierIsRefused() throws Exception {
      String code =
          logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), Pkce.generate());

      HttpResponse<String> refused =
          postToken(
              Map.of(
                  "grant_type",
                  "authorization_code",
                  "code",
                  code,
                  "redirect_uri",
                  consoleRedirectUri(),
                  "client_id",
                  consoleClientId()));

      // Without a verifier the console, which has no secret, has not authenticated at all.
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void codeWithAnotherVerifierIsRefused() throws Exception {
      String code =
          logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), Pkce.generate());

      HttpResponse<String> refused = redeem(code, Pkce.generate().verifier());

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    @Test
    void codeForAnotherRedirectUriIsRefused() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);

      HttpResponse<String> refused =
          postToken(
              Map.of(
                  "grant_type",
                  "authorization_code",
                  "code",
                  code,
                  "redirect_uri",
                  "http://localhost:5173/other",
                  "client_id",
                  consoleClientId(),
                  "code_verifier",
                  pkce.verifier()));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void tokenEndpointKeepsNoSession() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);

      HttpResponse<String> response = redeem(code, pkce.verifier());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void consoleCannotUseClientCredentials() throws Exception {
      HttpResponse<String> refused =
          postToken(Map.of("grant_type", "client_credentials", "client_id", consoleClientId()));

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).doesNotContain("access_token");
    }
  }

  @Nested
  class Refresh {

    @Test
    void refreshTokenGivesAccessTokenWithTheSameClaimsAndIsReplaced() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-police", demoPassword(), pkce);
      Map<String, Object> first = JSONObjectUtils.parse(redeem(code, pkce.verifier()).body());
      String refreshToken = (String) first.get("refresh_token");

      HttpResponse<String> response = refresh(refreshToken, consoleClientId());

      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> refreshed = JSONObjectUtils.parse(response.body());
      assertThat(refreshed.get("refresh_token")).isNotNull().isNotEqualTo(refreshToken);
      Jwt before = platformDecoder().decode((String) first.get("access_token"));
      Jwt after = platformDecoder().decode((String) refreshed.get("access_token"));
      assertThat(withoutPerTokenClaims(after)).isEqualTo(withoutPerTokenClaims(before));
      assertThat(after.getSubject()).isEqualTo("songjiang-police");
      assertThat(after.getId()).isNotEqualTo(before.getId());
      // Every access token expires, refreshed ones too (services refuse a token without exp).
      assertThat(Duration.between(after.getIssuedAt(), after.getExpiresAt()))
          .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void replacedRefreshTokenIsRefused() throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);
      String refreshToken =
          (String) JSONObjectUtils.parse(redeem(code, pkce.verifier()).body()).get("refresh_token");
      assertThat(refresh(refreshToken, consoleClientId()).statusCode()).isEqualTo(200);

      HttpResponse<String> refused = refresh(refreshToken, consoleClientId());

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"songjiang-officer", "pudong-nobody"})
    void refreshTokenOfTheConsoleIsRefusedToAnotherClient(String clientId) throws Exception {
      Pkce pkce = Pkce.generate();
      String code = logInAndAuthorize(new Browser(), "songjiang-officer", demoPassword(), pkce);
      String refreshToken =
          (String) JSONObjectUtils.parse(redeem(code, pkce.verifier()).body()).get("refresh_token");

      HttpResponse<String> refused = refresh(refreshToken, clientId);

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void unknownRefreshTokenIsRefused() throws Exception {
      HttpResponse<String> refused = refresh(Pkce.randomValue(), consoleClientId());

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void refreshWithoutClientIsRefused() throws Exception {
      HttpResponse<String> refused =
          postToken(Map.of("grant_type", "refresh_token", "refresh_token", Pkce.randomValue()));

      assertThat(refused.statusCode()).isEqualTo(401);
    }
  }

  @Nested
  class BrowserOrigins {

    @Test
    void consoleMayCallTheTokenEndpointFromItsOrigin() throws Exception {
      HttpResponse<String> preflight = preflight("http://localhost:5173");

      assertThat(preflight.statusCode()).isEqualTo(200);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("http://localhost:5173");
    }

    @Test
    void otherOriginsMayNot() throws Exception {
      HttpResponse<String> preflight = preflight("https://attacker.example");

      assertThat(preflight.statusCode()).isEqualTo(403);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", origin)
              .header("Access-Control-Request-Method", "POST")
              .header("Access-Control-Request-Headers", "content-type")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * The whole browser part: authorization request, login form, back to the authorization endpoint,
   * which redirects to the console with the code.
   */
  private String logInAndAuthorize(Browser browser, String account, String password, Pkce pkce)
      throws IOException, InterruptedException {
    URI authorize = authorizationRequest(pkce, Map.of());
    URI back = logIn(browser, authorize, account, password);
    assertThat(back.getPath()).isEqualTo(authorize.getPath());
    return authorizationCode(browser.get(back));
  }

  /**
   * Logs in through the form the authorization request leads to; where the browser is sent then.
   */
  private URI logIn(Browser browser, URI authorize, String account, String password)
      throws IOException, InterruptedException {
    URI login = Browser.location(browser.get(authorize));
    assertThat(login).hasPath("/login");
    String csrf = Browser.csrfToken(browser.get(login));
    return Browser.location(
        browser.post(login, Map.of("username", account, "password", password, "_csrf", csrf)));
  }

  private String authorizationCode(HttpResponse<String> redirectToConsole) {
    URI callback = Browser.location(redirectToConsole);
    assertThat(callback.toString()).startsWith(consoleRedirectUri() + "?");
    assertThat(queryParameter(callback, "state")).isEqualTo("state-1");
    String code = queryParameter(callback, "code");
    assertThat(code).isNotBlank();
    return code;
  }

  private URI authorizationRequest(Pkce pkce, Map<String, String> overrides) {
    Map<String, String> parameters = new LinkedHashMap<>(authorizationParameters(pkce));
    parameters.putAll(overrides);
    return authorizeUri(parameters);
  }

  private Map<String, String> authorizationParameters(Pkce pkce) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", consoleClientId());
    parameters.put("redirect_uri", consoleRedirectUri());
    parameters.put("scope", "openid profile");
    parameters.put("state", "state-1");
    parameters.put("code_challenge", pkce.challenge());
    parameters.put("code_challenge_method", "S256");
    return parameters;
  }

  private URI authorizeUri(Map<String, String> parameters) {
    return URI.create(url("/oauth2/authorize?" + Browser.form(parameters)));
  }

  private HttpResponse<String> redeem(String code, String verifier)
      throws IOException, InterruptedException {
    return postToken(
        Map.of(
            "grant_type",
            "authorization_code",
            "code",
            code,
            "redirect_uri",
            consoleRedirectUri(),
            "client_id",
            consoleClientId(),
            "code_verifier",
            verifier));
  }

  private HttpResponse<String> refresh(String refreshToken, String clientId)
      throws IOException, InterruptedException {
    return postToken(
        Map.of(
            "grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
  }

  private HttpResponse<String> clientCredentials(String account)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((account + ":" + demoPassword()).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + credentials)
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postToken(Map<String, String> form)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String accessToken(HttpResponse<String> tokenResponse) throws Exception {
    assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
    return (String) JSONObjectUtils.parse(tokenResponse.body()).get("access_token");
  }

  private static Map<String, Object> withoutPerTokenClaims(Jwt jwt) {
    Map<String, Object> claims = new LinkedHashMap<>(jwt.getClaims());
    claims.keySet().removeAll(PER_TOKEN_CLAIMS);
    return claims;
  }

  private static String queryParameter(URI uri, String name) {
    return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
  }

  /** The checks of a resource server of the platform. */
  private JwtDecoder platformDecoder() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(IdentityServiceIT.ISSUER),
            new JwtClaimValidator<List<String>>(
                "aud", (aud) -> aud != null && aud.contains(IdentityServiceIT.AUDIENCE))));
    return decoder;
  }

  /** Signature, issuer and lifetime only, as the console checks an ID token. */
  private JwtDecoder keySetDecoder() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(IdentityServiceIT.ISSUER));
    return decoder;
  }

  private String demoPassword() {
    return this.properties.demoPassword();
  }

  private String consoleClientId() {
    return this.properties.console().clientId();
  }

  private String consoleRedirectUri() {
    return this.properties.console().redirectUris().get(0);
  }

  private String url(String path) {
    return "http://localhost:" + this.port + path;
  }
}
