package cn.gov.sh.tradesecret.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one endpoint, as the delivery log shows it. Its id is the {@code webhook-id}.
 *
 * @param status PENDING (waiting or retrying), DELIVERED (a 2xx) or DEAD (attempts exhausted: a
 *     dead letter)
 */
public record Delivery(
    UUID id,
    UUID endpointId,
    UUID eventId,
    String eventType,
    String subject,
    UUID replayId,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant deliveredAt,
    Instant deadAt,
    Integer lastStatusCode,
    String lastError) {

  /**
   * One attempt: when, the status code (none if the connection failed), how long, what went wrong.
   */
  public record Attempt(Instant attemptedAt, Integer statusCode, int latencyMs, String error) {}
}
