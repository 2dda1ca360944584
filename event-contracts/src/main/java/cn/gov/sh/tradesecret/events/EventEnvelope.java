package cn.gov.sh.tradesecret.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one envelope of every event on the platform's topics, in CloudEvents 1.0 structured mode
 * (attribute names as in the specification, JSON on the wire).
 *
 * <p>{@code subject} is the aggregate id and also the Kafka key, so the events of one case or
 * referral stay in order. {@code district} is an extension attribute that lets consumers filter by
 * jurisdiction without knowing the payload. {@code data} never carries a trade secret: only
 * references, classifications and fingerprints.
 *
 * @param specversion the CloudEvents version, always {@code 1.0}
 * @param id unique per event; consumers use it to process an event once
 * @param source the producing service, e.g. {@code /case-service}
 * @param type the event type: the payload's name, a fact in the past tense
 * @param subject the id of the lead, case, referral, pilot or endpoint the event is about; also the
 *     Kafka key, so the events of one of them stay in order
 * @param time when the state change happened (UTC)
 * @param datacontenttype always {@code application/json}
 * @param schemaversion version of the schema of {@code data} for this {@code type}
 * @param correlationid the correlation id of the request or event that caused this one
 * @param district jurisdiction code of the aggregate (a district's administrative code, {@code
 *     310000} for the municipality), null when it has none
 * @param data the payload: the fact itself
 */
public record EventEnvelope<T extends EventPayload>(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    int schemaversion,
    @Nullable String correlationid,
    @Nullable String district,
    T data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  /**
   * The {@code content-type} header of every Kafka record: CloudEvents' Kafka binding in structured
   * mode, by which an SDK's deserializer recognises the value as a whole event.
   */
  public static final String STRUCTURED_CONTENT_TYPE =
      "application/cloudevents+json; charset=UTF-8";

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }

  /** Wraps a payload produced by {@code source} now. */
  public static <T extends EventPayload> EventEnvelope<T> of(
      String source, T data, Instant time, String correlationId) {
    EventCatalog.Entry entry = EventCatalog.of(data.getClass());
    return new EventEnvelope<>(
        SPEC_VERSION,
        UUID.randomUUID().toString(),
        source.startsWith("/") ? source : "/" + source,
        entry.type(),
        data.aggregateId(),
        time,
        CONTENT_TYPE,
        entry.schemaVersion(),
        correlationId,
        data.district(),
        data);
  }

  /** The topic this event belongs on. */
  public String topic() {
    return EventCatalog.of(type).topic();
  }
}
