package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as a client sees it: the gateway's HTTP API, tokens of the demo accounts, and (for
 * assertions only) its databases. Stops the platform when the run ends.
 */
final class Gateway implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final LocalPlatform platform;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Gateway(LocalPlatform platform) {
    this.platform = platform;
  }

  String uri() {
    return platform.gateway();
  }

  /** A client-credentials token of a demo account, asked for once per run. */
  String tokenOf(String account) {
    return tokens.computeIfAbsent(
        account,
        name -> {
          HttpResponse<String> response =
              send(
                  HttpRequest.newBuilder(URI.create(uri() + "/oauth2/token"))
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder().encodeToString((name + ":demo").getBytes()))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
          assertThat(response.statusCode()).as("token of " + name).isEqualTo(200);
          return JSON.readTree(response.body()).get("access_token").asString();
        });
  }

  HttpResponse<String> call(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A count from a service's own database, for assertions about what it stored. */
  long count(String database, String sql, String parameter) {
    String url = "jdbc:postgresql://127.0.0.1:" + platform.port("PG_PORT") + "/" + database;
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (!platform.owned()) {
      return;
    }
    assertThat(platform.run(180, "down").exitCode()).isZero();
    assertThat(platform.run(30, "status").output()).doesNotContain("running");
  }
}
