package cn.gov.sh.tradesecret.console.web;

import java.util.HashMap;
import java.util.Map;

/** Subscriptions, webhook endpoints and deliveries as notification-service's API returns them. */
final class NotificationTestData {

  private NotificationTestData() {}

  static Map<String, Object> subscription(String id, String eventSelector, boolean mandatory) {
    Map<String, Object> s = new HashMap<>();
    s.put("id", id);
    s.put("unit", "MR-310117");
    s.put("eventSelector", eventSelector);
    s.put("district", null);
    s.put("subject", null);
    s.put("channel", "INBOX");
    s.put("endpointId", null);
    s.put("mandatory", mandatory);
    s.put("createdBy", mandatory ? "platform" : "songjiang-officer");
    s.put("createdAt", "2026-03-02T02:00:00Z");
    return s;
  }

  static Map<String, Object> endpoint(String id, String unit, String url) {
    Map<String, Object> e = new HashMap<>();
    e.put("id", id);
    e.put("unit", unit);
    e.put("url", url);
    e.put("description", null);
    e.put("status", "ENABLED");
    e.put("disabledReason", null);
    e.put("disabledAt", null);
    e.put("failingSince", null);
    e.put("lastSuccessAt", null);
    e.put("lastFailureAt", null);
    e.put("createdBy", "songjiang-officer");
    e.put("createdAt", "2026-03-02T02:00:00Z");
    return e;
  }

  /** A secret as the API shows it once; a new endpoint has no previous secret. */
  static Map<String, Object> secret(Map<String, Object> endpoint, String secret) {
    Map<String, Object> shown = new HashMap<>();
    shown.put("endpoint", endpoint);
    shown.put("secret", secret);
    shown.put("previousSecretExpiresAt", null);
    return shown;
  }

  static Map<String, Object> deadLetter(String id) {
    Map<String, Object> d = new HashMap<>();
    d.put("id", id);
    d.put("endpointId", "e1");
    d.put("eventId", "00000000-0000-0000-0000-000000000001");
    d.put("eventType", "LeadRegistered");
    d.put("subject", "l1");
    d.put("replayId", null);
    d.put("status", "DEAD");
    d.put("attempts", 2);
    d.put("nextAttemptAt", null);
    d.put("createdAt", "2026-03-02T02:00:00Z");
    d.put("deliveredAt", null);
    d.put("deadAt", "2026-03-02T02:00:01Z");
    d.put("lastStatusCode", null);
    d.put("lastError", "connection refused");
    return d;
  }
}
