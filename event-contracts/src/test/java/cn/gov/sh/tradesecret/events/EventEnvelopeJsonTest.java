package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every event type of the catalogue survives a JSON round trip inside the envelope. */
class EventEnvelopeJsonTest {

  private static final Instant T = Instant.parse("2026-03-02T01:30:00Z");
  // Amounts are decimals: read floats as BigDecimal so the yuan keep their scale (as consumers do).
  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static Stream<EventCatalog.Entry> everyType() {
    return EventCatalog.entries().stream();
  }

  /** A payload of {@code type} with a distinct sample value in every component. */
  static EventPayload sample(Class<? extends EventPayload> type) {
    return sampleRecord(type);
  }

  private static <R> R sampleRecord(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = sampleValue(components[i], i);
    }
    try {
      return type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
          .newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " is not a record of supported component types", e);
    }
  }

  private static Object sampleValue(RecordComponent component, int index) {
    Class<?> type = component.getType();
    if (type == String.class) {
      return component.getName().equals("district") ? "310117" : component.getName() + "-" + index;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("350000.00").add(BigDecimal.valueOf(index));
    }
    if (type == Instant.class) {
      return T.plusSeconds(index);
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 3, 1 + index);
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == int.class) {
      return index;
    }
    if (type == long.class) {
      return (long) index;
    }
    if (type == List.class) {
      Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
      if (element instanceof Class<?> recordType && recordType.isRecord()) {
        return List.of(sampleRecord(recordType));
      }
      return List.of("first-" + index, "second-" + index);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    throw new IllegalStateException("add a sample for " + type + " (" + component + ")");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void envelopeRoundTripsThroughJson(EventCatalog.Entry entry) {
    EventPayload payload = sample(entry.payloadType());
    EventEnvelope<EventPayload> envelope = EventEnvelope.of("some-service", payload, T, "corr-1");

    String wire = json.writeValueAsString(envelope);
    JsonNode tree = json.readTree(wire);
    EventPayload data =
        json.treeToValue(
            tree.get("data"), EventCatalog.of(tree.get("type").asString()).payloadType());

    assertThat(data).isEqualTo(payload);
    assertThat(tree.get("specversion").asString()).isEqualTo("1.0");
    assertThat(tree.get("type").asString()).isEqualTo(entry.type());
    assertThat(tree.get("subject").asString()).isEqualTo(payload.aggregateId()).isNotBlank();
    assertThat(tree.get("source").asString()).isEqualTo("/some-service");
    assertThat(tree.get("correlationid").asString()).isEqualTo("corr-1");
    assertThat(tree.get("time").asString()).isEqualTo("2026-03-02T01:30:00Z");
    assertThat(envelope.topic()).isEqualTo(entry.topic());
  }

  @Test
  void typeNamesAreUniqueAcrossTopics() {
    assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::type).doesNotHaveDuplicates();
  }

  @Test
  void unknownTypeIsRefused() {
    assertThatThrownBy(() -> EventCatalog.of("CaseVanished"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
