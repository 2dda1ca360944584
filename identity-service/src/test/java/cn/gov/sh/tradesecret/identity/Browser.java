package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the login is concerned: keeps cookies (the login session), follows no
 * redirect by itself so that each step can be checked, and sends forms.
 */
final class Browser {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return this.http.send(
        HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(URI uri, Map<String, String> form)
      throws IOException, InterruptedException {
    return this.http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The absolute target of a redirect. */
  static URI location(HttpResponse<?> response) {
    assertThat(response.statusCode()).as("redirect").isEqualTo(302);
    return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
  }

  /** The CSRF token of the form on a page. */
  static String csrfToken(HttpResponse<String> page) {
    Matcher matcher = CSRF_FIELD.matcher(page.body());
    assertThat(matcher.find()).as("CSRF field in %s", page.body()).isTrue();
    return matcher.group(1);
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
