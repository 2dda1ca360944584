package cn.gov.sh.tradesecret.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a running service or gateway, as an officer's client makes them. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  public ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public static ApiClient onPort(int port) {
    return new ApiClient("http://127.0.0.1:" + port);
  }

  /** A request to {@code path}, as {@code account}. */
  public Call as(DemoAccount account) {
    return new Call(TestIssuer.token(account));
  }

  /** A request with the given bearer token, or none when null. */
  public Call withToken(String token) {
    return new Call(token);
  }

  /** A response: status, headers and the body (parsed when it is JSON). */
  public record Response(int status, Map<String, String> headers, String body) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  /** One request being built. */
  public final class Call {
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Call(String token) {
      if (token != null) {
        headers.put("Authorization", "Bearer " + token);
      }
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Response get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, Object body) {
      String json = body instanceof String text ? text : JSON.writeValueAsString(body);
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
      return URI.create(baseUrl + path);
    }

    private Response send(HttpRequest.Builder request) {
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            http.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        response
            .headers()
            .map()
            .forEach(
                (name, values) ->
                    responseHeaders.put(name.toLowerCase(), String.join(",", values)));
        return new Response(response.statusCode(), responseHeaders, response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
