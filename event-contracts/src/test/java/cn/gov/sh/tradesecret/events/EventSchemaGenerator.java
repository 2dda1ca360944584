package cn.gov.sh.tradesecret.events;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.ParamJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of one event type at its current version, from the
 * records themselves (victools jsonschema-generator): the envelope with the payload in {@code
 * data}; every field is required unless {@code @Nullable} (the rule of {@link EventContract}); each
 * field's description is its {@code @param} in the record's Javadoc, the event's description the
 * record's.
 */
final class EventSchemaGenerator {

  /** The base of every schema's {@code $id}: the public catalogue that serves them. */
  static final String ID_BASE = "https://tradesecret.sh.gov.cn/api/event-catalogue/schemas/";

  /**
   * The schema's annotation naming the payload fields whose units receive the event as a mandatory
   * notice, whatever they subscribed to.
   */
  static final String ADDRESSED_TO = "x-addressed-to";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final CommentFormatter TEXT = new CommentFormatter();

  private final SchemaGenerator generator;

  EventSchemaGenerator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.EXTRA_OPEN_API_FORMAT_VALUES);
    config
        .forFields()
        .withRequiredCheck(field -> !nullable(field))
        .withNullableCheck(EventSchemaGenerator::nullable)
        .withDescriptionResolver(EventSchemaGenerator::describe);
    generator = new SchemaGenerator(config.build());
  }

  /** The schema of {@code entry}'s current version. */
  ObjectNode generate(EventCatalog.Entry entry) {
    // victools builds Jackson 2 trees; the platform reads Jackson 3.
    ObjectNode schema =
        (ObjectNode)
            JSON.readTree(
                generator.generateSchema(EventEnvelope.class, entry.payloadType()).toString());
    ObjectNode ordered = JSON.createObjectNode();
    ordered.set("$schema", schema.get("$schema"));
    ordered.put("$id", ID_BASE + EventSchemas.path(entry.type(), entry.schemaVersion()));
    ordered.put("title", entry.type() + " v" + entry.schemaVersion());
    ordered.put("description", describe(entry.payloadType()));
    schema.properties().stream()
        .filter(field -> !field.getKey().equals("$schema"))
        .forEach(field -> ordered.set(field.getKey(), field.getValue()));
    ObjectNode properties = (ObjectNode) ordered.get("properties");
    constant(
        properties, "specversion", JSON.getNodeFactory().stringNode(EventEnvelope.SPEC_VERSION));
    constant(properties, "type", JSON.getNodeFactory().stringNode(entry.type()));
    constant(
        properties,
        "datacontenttype",
        JSON.getNodeFactory().stringNode(EventEnvelope.CONTENT_TYPE));
    constant(properties, "schemaversion", JSON.getNodeFactory().numberNode(entry.schemaVersion()));
    ((ObjectNode) properties.get("data")).put("description", describe(entry.payloadType()));
    List<String> addressed = addressedFields(entry.payloadType());
    if (!addressed.isEmpty()) {
      addressed.forEach(ordered.putArray(ADDRESSED_TO)::add);
    }
    return ordered;
  }

  /**
   * The payload fields that name the units the event is addressed to by law ({@link
   * EventPayload#addressedUnits()}): found by giving every field a distinct sample value.
   */
  static List<String> addressedFields(Class<? extends EventPayload> type) {
    EventPayload sample = EventEnvelopeJsonTest.sample(type);
    Set<String> addressed = sample.addressedUnits();
    List<String> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        if (addressed.contains(component.getAccessor().invoke(sample))) {
          fields.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }

  private static void constant(ObjectNode properties, String name, JsonNode value) {
    ((ObjectNode) properties.get(name)).set("const", value);
  }

  private static boolean nullable(FieldScope field) {
    Field member = field.getRawMember();
    return member.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static String describe(FieldScope field) {
    Class<?> record = field.getDeclaringType().getErasedType();
    return RuntimeJavadoc.getJavadoc(record).getRecordComponents().stream()
        .filter(param -> param.getName().equals(field.getDeclaredName()))
        .map(ParamJavadoc::getComment)
        .map(EventSchemaGenerator::text)
        .filter(text -> !text.isBlank())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no @param in the Javadoc of "
                        + record.getName()
                        + " describes "
                        + field.getDeclaredName()
                        + ": agencies read the schema's descriptions"));
  }

  static String describe(Class<?> type) {
    ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(type);
    String text = text(javadoc.getComment());
    if (text.isBlank()) {
      throw new IllegalStateException("no Javadoc on " + type.getName());
    }
    return text;
  }

  /** Javadoc as plain text: code markup dropped, lines joined. */
  private static String text(Comment comment) {
    return TEXT.format(comment)
        .replaceAll("</?code>", "")
        .replaceAll("</?p>", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
