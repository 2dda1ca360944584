package cn.gov.sh.tradesecret.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Drives an account past its rate limit. */
final class RateLimitProbe {

  private RateLimitProbe() {}

  /**
   * Requests {@code path-0}, {@code path-1}... up to ten, fast, until the gateway refuses: one
   * token comes back each second, so on a slow machine a few more requests than the burst may pass.
   */
  static HttpResponse<String> untilRefused(HttpClient http, int port, String path, String token)
      throws Exception {
    HttpResponse<String> response = null;
    for (int i = 0; i < 10 && (response == null || response.statusCode() != 429); i++) {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "-" + i))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    return response;
  }
}
