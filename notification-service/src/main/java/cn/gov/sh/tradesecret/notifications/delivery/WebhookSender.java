package cn.gov.sh.tradesecret.notifications.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP POST of a signed message, with timeouts; never throws for what the receiver does. An
 * attempt's error is the receiver's HTTP status or {@value #CONNECTION_FAILED}, nothing else.
 */
final class WebhookSender {

  static final String CONNECTION_FAILED = "connection failed";

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  private final HttpClient http;
  private final Duration requestTimeout;

  WebhookSender(DeliveryProperties properties) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER) // a 3xx is a failure, per the specification
            .build();
    this.requestTimeout = properties.requestTimeout();
  }

  /** What came of an attempt: a status code, or none and an error. */
  record Outcome(Integer statusCode, long latencyMillis, String error, Duration retryAfter) {
    boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
      return statusCode != null && statusCode == 410;
    }
  }

  Outcome send(String url, String messageId, long timestamp, String signature, String body) {
    long start = System.nanoTime();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(requestTimeout)
              .header("Content-Type", "application/json")
              .header("User-Agent", "tradesecret-notification-service")
              .header("webhook-id", messageId)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header("webhook-signature", signature)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      Duration retryAfter =
          status == 429 || status == 503
              ? response
                  .headers()
                  .firstValue("Retry-After")
                  .map(WebhookSender::retryAfter)
                  .orElse(null)
              : null;
      return new Outcome(
          status,
          millisSince(start),
          status >= 200 && status < 300 ? null : "HTTP " + status,
          retryAfter);
    } catch (IOException | IllegalArgumentException e) {
      // The unit sees "connection failed" whatever went wrong (refused, reset, timed out, TLS): the
      // difference would tell it which ports of an address answer. The operator's log has it.
      log.info("Webhook message {} not delivered: {}", messageId, e.toString());
      return new Outcome(null, millisSince(start), CONNECTION_FAILED, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, millisSince(start), "interrupted", null);
    }
  }

  /** Retry-After is delay-seconds or an HTTP date (RFC 9110). */
  static Duration retryAfter(String value) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until =
            Duration.between(
                ZonedDateTime.now(),
                ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (RuntimeException notADate) {
        return null;
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String truncate(String message) {
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}
