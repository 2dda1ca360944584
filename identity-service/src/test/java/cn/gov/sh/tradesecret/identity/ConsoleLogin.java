package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the officers' console does against one instance of the identity service: send the officer's
 * browser to log in, redeem the code, refresh the tokens.
 */
record ConsoleLogin(String baseUrl, String clientId, String redirectUri) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static ConsoleLogin at(int port, IdentityProperties properties) {
    return new ConsoleLogin(
        "http://localhost:" + port,
        properties.console().clientId(),
        properties.console().redirectUris().get(0));
  }

  URI authorizationRequest(Pkce pkce) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", this.clientId);
    parameters.put("redirect_uri", this.redirectUri);
    parameters.put("scope", "openid profile");
    parameters.put("state", "state-1");
    parameters.put("code_challenge", pkce.challenge());
    parameters.put("code_challenge_method", "S256");
    return URI.create(this.baseUrl + "/oauth2/authorize?" + Browser.form(parameters));
  }

  /** Sends the login form the authorization request leads to; the answer to the form. */
  HttpResponse<String> submitLogin(Browser browser, Pkce pkce, String account, String password)
      throws IOException, InterruptedException {
    URI login = Browser.location(browser.get(authorizationRequest(pkce)));
    assertThat(login).hasPath("/login");
    String csrf = Browser.csrfToken(browser.get(login));
    return browser.post(login, Map.of("username", account, "password", password, "_csrf", csrf));
  }

  /** Logs in and comes back with the code. */
  String logInAndAuthorize(Browser browser, Pkce pkce, String account, String password)
      throws IOException, InterruptedException {
    URI back = Browser.location(submitLogin(browser, pkce, account, password));
    assertThat(back).hasPath("/oauth2/authorize");
    return code(browser.get(back));
  }

  /** The code in the redirect to the console. */
  String code(HttpResponse<String> redirectToConsole) {
    URI callback = Browser.location(redirectToConsole);
    assertThat(callback.toString()).startsWith(this.redirectUri + "?");
    String code = UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
    assertThat(code).isNotBlank();
    return code;
  }

  /** The token response's fields, after checking it is a success. */
  Map<String, Object> redeem(String code, Pkce pkce) throws IOException, InterruptedException {
    return tokens(
        postToken(
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                this.redirectUri,
                "client_id",
                this.clientId,
                "code_verifier",
                pkce.verifier())));
  }

  HttpResponse<String> refresh(String refreshToken) throws IOException, InterruptedException {
    return postToken(
        Map.of(
            "grant_type",
            "refresh_token",
            "refresh_token",
            refreshToken,
            "client_id",
            this.clientId));
  }

  String keySet() throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(this.baseUrl + "/oauth2/jwks")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static Map<String, Object> tokens(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSONObjectUtils.parse(response.body());
    } catch (ParseException ex) {
      throw new AssertionError(response.body(), ex);
    }
  }

  private HttpResponse<String> postToken(Map<String, String> form)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(this.baseUrl + "/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
