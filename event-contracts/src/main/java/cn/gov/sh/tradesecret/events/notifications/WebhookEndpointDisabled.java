package cn.gov.sh.tradesecret.events.notifications;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * notification-service stopped delivering to an agency system's webhook endpoint: the endpoint
 * answered 410 Gone, or every attempt failed for longer than the platform tolerates (Standard
 * Webhooks practice: five days). Its owner unit is told; messages wait until it is enabled again.
 *
 * @param endpointId the webhook endpoint
 * @param unit the agency unit that owns it
 * @param district jurisdiction of that unit
 * @param reason {@code GONE} (410) or {@code FAILING} (failing for too long)
 * @param failingSince when the uninterrupted failures began, null for {@code GONE}
 * @param disabledAt when it was disabled
 */
public record WebhookEndpointDisabled(
    String endpointId,
    String unit,
    String district,
    String reason,
    @Nullable Instant failingSince,
    Instant disabledAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return endpointId;
  }

  /** The owner must learn that its system no longer receives notices. */
  @Override
  public Set<String> addressedUnits() {
    return Set.of(unit);
  }
}
