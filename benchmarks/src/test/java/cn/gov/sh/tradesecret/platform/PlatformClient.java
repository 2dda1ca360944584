package cn.gov.sh.tradesecret.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running platform as a simulation's set-up calls it before the load starts: blocking requests
 * with demo accounts' tokens. Any other answer than the one expected ends the set-up with the
 * status and body: a simulation whose data could not be made has nothing to measure.
 */
public final class PlatformClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final JsonMapper json = JsonMapper.shared();
  private final URI base;

  /**
   * @param baseUrl where the requests go, the gateway's address ({@code http://localhost:8080})
   */
  public PlatformClient(String baseUrl) {
    this.base = URI.create(baseUrl);
  }

  /**
   * A client-credentials access token of a demo account (whose password is {@code demo}), as {@code
   * ./platform token} gets it.
   */
  public String token(String account) {
    String credentials =
        Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/oauth2/token"))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    return text(send(request, 200), "access_token");
  }

  /**
   * POSTs {@code body} (JSON; {@code null} for none) to {@code path} with {@code token}, and
   * returns the {@code id} of what the answer describes.
   *
   * @param expectedStatus the only status accepted (201 for a creation, 200 for a step)
   */
  public String post(String token, String path, String body, int expectedStatus) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.POST(BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
    }
    return text(send(request.build(), expectedStatus), "id");
  }

  private JsonNode send(HttpRequest request, int expectedStatus) {
    try {
      var response = http.send(request, BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + " answered "
                + response.statusCode()
                + " (expected "
                + expectedStatus
                + "): "
                + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + request.uri(), e);
    }
  }

  private static String text(JsonNode answer, String field) {
    JsonNode value = answer.path(field);
    if (!value.isString()) {
      throw new IllegalStateException("no " + field + " in the answer " + answer);
    }
    return value.stringValue();
  }
}
