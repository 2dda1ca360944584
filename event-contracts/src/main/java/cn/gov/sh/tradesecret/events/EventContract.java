package cn.gov.sh.tradesecret.events;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the published contract requires of a payload: every field is required unless its type is
 * marked {@link Nullable}. Producers check it before an event enters the outbox, and consumers
 * before they act on one, so an event with fields missing never reaches an inbox, a webhook or the
 * ledger.
 */
public final class EventContract {

  private static final Map<Class<?>, List<RecordComponent>> REQUIRED = new ConcurrentHashMap<>();

  private EventContract() {}

  /** The names of the fields of {@code type} that every event of it carries. */
  public static List<String> requiredFields(Class<? extends EventPayload> type) {
    return required(type).stream().map(RecordComponent::getName).toList();
  }

  /**
   * The required fields that {@code payload} lacks, in declaration order; empty when it is whole.
   */
  public static List<String> missingFields(EventPayload payload) {
    List<String> missing = new ArrayList<>();
    for (RecordComponent component : required(payload.getClass())) {
      if (valueOf(component, payload) == null) {
        missing.add(component.getName());
      }
    }
    return missing;
  }

  private static List<RecordComponent> required(Class<?> type) {
    return REQUIRED.computeIfAbsent(
        type,
        t -> {
          if (!t.isRecord()) {
            throw new IllegalArgumentException("a payload is a record: " + t.getName());
          }
          return List.of(t.getRecordComponents()).stream()
              .filter(c -> !c.getType().isPrimitive())
              .filter(c -> !c.getAnnotatedType().isAnnotationPresent(Nullable.class))
              .toList();
        });
  }

  private static Object valueOf(RecordComponent component, EventPayload payload) {
    try {
      return component.getAccessor().invoke(payload);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
