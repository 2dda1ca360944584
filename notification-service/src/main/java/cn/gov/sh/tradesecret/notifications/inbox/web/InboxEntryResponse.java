package cn.gov.sh.tradesecret.notifications.inbox.web;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** An inbox entry with the event it tells of. */
public record InboxEntryResponse(
    String id,
    String unit,
    String eventId,
    String eventType,
    String subject,
    String district,
    String summary,
    Instant occurredAt,
    Instant readAt,
    String readBy,
    JsonNode event) {}
