package cn.gov.sh.tradesecret.events.notifications;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events notification-service publishes on {@code notification-events}. */
public final class NotificationEvents {

  public static final List<Class<? extends EventPayload>> TYPES =
      List.of(InboxEntryRead.class, WebhookEndpointDisabled.class);

  private NotificationEvents() {}
}
