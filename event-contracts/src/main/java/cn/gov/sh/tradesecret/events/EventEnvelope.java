package cn.gov.sh.tradesecret.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope of every event on the platform's topics, in CloudEvents 1.0 structured mode
 * (attribute names as in the specification, JSON on the wire).
 *
 * <p>{@code subject} is the aggregate id and also the Kafka key, so the events of one case or
 * referral stay in order. {@code district} is an extension attribute that lets consumers filter by
 * jurisdiction without knowing the payload. {@code data} never carries a trade secret: only
 * references, classifications and fingerprints.
 *
 * @param specversion always {@value #SPEC_VERSION}
 * @param id unique per event; consumers use it to process an event once
 * @param source the producing service, e.g. {@code /case-service}
 * @param type the event type, see {@link EventCatalog}
 * @param subject the aggregate id
 * @param time when the state change happened
 * @param datacontenttype always {@code application/json}
 * @param schemaversion version of the payload schema of {@code type}
 * @param correlationid the correlation id of the request or event that caused this one
 * @param district jurisdiction code of the aggregate (see {@code Districts}), may be null
 * @param data the payload
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
    String correlationid,
    String district,
    T data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

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
