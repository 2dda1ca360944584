package cn.gov.sh.tradesecret.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The published JSON Schemas (draft 2020-12) of the events, one per type and version, in this jar
 * under {@value #ROOT}: each describes a whole event as it travels (the CloudEvents envelope with
 * its payload in {@code data}). The committed files are the contract; the build generates them from
 * the records and refuses a breaking change at the same version.
 */
public final class EventSchemas {

  /** Where the schemas lie on the class path and under {@code src/main/resources}. */
  public static final String ROOT = "event-schemas";

  private EventSchemas() {}

  /** The path of the schema of {@code type} at {@code version}, relative to {@link #ROOT}. */
  public static String path(String type, int version) {
    return type + "/v" + version + ".json";
  }

  /** The schema of {@code type} at {@code version}, if it was ever published. */
  public static Optional<String> read(String type, int version) {
    try (InputStream in =
        EventSchemas.class.getClassLoader().getResourceAsStream(ROOT + "/" + path(type, version))) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every version of {@code entry} that consumers may meet, oldest first: a new version is
   * published beside the old ones, and producers emit the newest.
   */
  public static List<Integer> versions(EventCatalog.Entry entry) {
    return IntStream.rangeClosed(1, entry.schemaVersion()).boxed().toList();
  }
}
