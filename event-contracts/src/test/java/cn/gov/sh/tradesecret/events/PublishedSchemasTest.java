package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed schemas under {@code src/main/resources/event-schemas} are the published contract.
 * Each event type's schema generated from its record must equal the committed one of its version. A
 * breaking change at the same version fails whatever is asked; raising the version ({@link
 * EventVersion}) publishes a new file beside the old ones. Compatible changes and new versions are
 * written with {@code -Devent-schemas.publish=true} and committed; without it any difference fails.
 */
class PublishedSchemasTest {

  /** The source folder, not the class path: the committed files are the truth. */
  static final Path PUBLISHED = Path.of("src/main/resources", EventSchemas.ROOT);

  private static final boolean PUBLISH = Boolean.getBoolean("event-schemas.publish");
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final EventSchemaGenerator GENERATOR = new EventSchemaGenerator();

  static Stream<EventCatalog.Entry> everyType() {
    return EventCatalog.entries().stream();
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void theGeneratedSchemaIsThePublishedOneOfItsVersion(EventCatalog.Entry entry)
      throws IOException {
    JsonNode generated = GENERATOR.generate(entry);
    Path file = PUBLISHED.resolve(EventSchemas.path(entry.type(), entry.schemaVersion()));
    if (Files.exists(file)) {
      JsonNode published = JSON.readTree(file.toFile());
      List<String> breaking = SchemaCompatibility.breakingChanges(published, generated);
      assertThat(breaking)
          .as(
              "%s v%d is published; a breaking change needs @EventVersion(%d) on %s",
              entry.type(),
              entry.schemaVersion(),
              entry.schemaVersion() + 1,
              entry.payloadType().getSimpleName())
          .isEmpty();
      if (PUBLISH) {
        write(file, generated);
        return;
      }
      assertThat(generated)
          .as(
              "%s changed compatibly: publish it with -Devent-schemas.publish=true and commit %s",
              entry.type(), file)
          .isEqualTo(published);
    } else {
      assertThat(PUBLISH)
          .as(
              "%s v%d is not published yet: run with -Devent-schemas.publish=true and commit %s",
              entry.type(), entry.schemaVersion(), file)
          .isTrue();
      write(file, generated);
    }
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyOlderVersionStaysPublished(EventCatalog.Entry entry) {
    for (int version : EventSchemas.versions(entry)) {
      assertThat(PUBLISHED.resolve(EventSchemas.path(entry.type(), version)))
          .as("consumers may still meet %s v%d", entry.type(), version)
          .exists();
    }
  }

  private static void write(Path file, JsonNode schema) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writeValueAsString(schema) + "\n");
  }
}
