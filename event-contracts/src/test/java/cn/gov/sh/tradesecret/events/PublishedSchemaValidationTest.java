package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as producers write it validates against its published schema, and one with a required
 * field missing or of the wrong type does not: the schemas say what the records say.
 */
class PublishedSchemaValidationTest {

  private static final Instant T = Instant.parse("2026-03-02T01:30:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<EventCatalog.Entry> everyType() {
    return EventCatalog.entries().stream();
  }

  private static Schema publishedSchema(EventCatalog.Entry entry) {
    return SCHEMAS.getSchema(EventSchemas.read(entry.type(), entry.schemaVersion()).orElseThrow());
  }

  private static ObjectNode sampleEvent(EventCatalog.Entry entry) {
    EventPayload payload = EventEnvelopeJsonTest.sample(entry.payloadType());
    return (ObjectNode)
        JSON.readTree(
            JSON.writeValueAsString(EventEnvelope.of("case-service", payload, T, "corr-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void anEventAsProducedIsValid(EventCatalog.Entry entry) {
    List<Error> errors = publishedSchema(entry).validate(sampleEvent(entry));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void anEventLackingARequiredFieldIsInvalid(EventCatalog.Entry entry) {
    ObjectNode event = sampleEvent(entry);
    String required = EventContract.requiredFields(entry.payloadType()).get(0);
    ((ObjectNode) event.get("data")).remove(required);

    assertThat(publishedSchema(entry).validate(event))
        .extracting(Error::getMessage)
        .anySatisfy(message -> assertThat(message).contains(required));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void anEventOfAnotherTypeOrVersionIsInvalid(EventCatalog.Entry entry) {
    ObjectNode renamed = sampleEvent(entry).put("type", entry.type() + "Renamed");
    ObjectNode newer = sampleEvent(entry).put("schemaversion", entry.schemaVersion() + 1);

    assertThat(publishedSchema(entry).validate(renamed)).isNotEmpty();
    assertThat(publishedSchema(entry).validate(newer)).isNotEmpty();
  }
}
