package cn.gov.sh.tradesecret.events;

import cn.gov.sh.tradesecret.events.cases.CaseEvents;
import cn.gov.sh.tradesecret.events.enterprises.EnterpriseEvents;
import cn.gov.sh.tradesecret.events.notifications.NotificationEvents;
import cn.gov.sh.tradesecret.events.pilots.PilotEvents;
import cn.gov.sh.tradesecret.events.referrals.ReferralEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event type of the platform, its payload record, its topic and its schema version: the
 * documented event catalogue that agencies consuming the topics directly rely on.
 *
 * <p>A type name is the payload's simple class name, a fact in the past tense. Adding an optional
 * ({@code @Nullable}) field to a payload keeps the schema version; removing, renaming, retyping a
 * field, making one required or adding a required one raises it ({@link EventVersion}). Each
 * version's schema is published in {@link EventSchemas}.
 */
public final class EventCatalog {

  /** One event type. */
  public record Entry(
      String type, Class<? extends EventPayload> payloadType, String topic, int schemaVersion) {}

  /** Each producer lists its own types (its {@code *Events} class); the catalogue joins them. */
  private static final List<Entry> ENTRIES =
      Stream.of(
              entries(CaseEvents.TYPES, Topics.CASE_EVENTS),
              entries(ReferralEvents.TYPES, Topics.REFERRAL_EVENTS),
              entries(PilotEvents.TYPES, Topics.PILOT_EVENTS),
              entries(NotificationEvents.TYPES, Topics.NOTIFICATION_EVENTS),
              entries(EnterpriseEvents.TYPES, Topics.ENTERPRISE_EVENTS))
          .flatMap(List::stream)
          .toList();

  private static final Map<String, Entry> BY_TYPE =
      ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));
  private static final Map<Class<?>, Entry> BY_CLASS =
      ENTRIES.stream()
          .collect(Collectors.toUnmodifiableMap(Entry::payloadType, Function.identity()));

  private EventCatalog() {}

  private static List<Entry> entries(
      List<Class<? extends EventPayload>> payloadTypes, String topic) {
    return payloadTypes.stream()
        .map(type -> new Entry(type.getSimpleName(), type, topic, versionOf(type)))
        .toList();
  }

  private static int versionOf(Class<? extends EventPayload> type) {
    EventVersion version = type.getAnnotation(EventVersion.class);
    return version == null ? 1 : version.value();
  }

  public static List<Entry> entries() {
    return ENTRIES;
  }

  public static Optional<Entry> find(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** The entry of a known type; an unknown type is a programming or wire error. */
  public static Entry of(String type) {
    return find(type)
        .orElseThrow(() -> new IllegalArgumentException("unknown event type: " + type));
  }

  public static Entry of(Class<?> payloadType) {
    Entry entry = BY_CLASS.get(payloadType);
    if (entry == null) {
      throw new IllegalArgumentException("not in the event catalog: " + payloadType.getName());
    }
    return entry;
  }
}
