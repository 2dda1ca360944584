package cn.gov.sh.tradesecret.agency.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the receiver accepted, one file per message named by its {@code webhook-id}: the file is the
 * record that the message was received, so a retry of the same message (same id) is recognised even
 * after a restart. The agency's own system processes the files at its pace.
 */
public final class ReceivedEvents {

  /** A message id as the platform makes them; anything else never becomes a file name. */
  private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path directory;

  public ReceivedEvents(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isMessageId(String webhookId) {
    return webhookId != null && MESSAGE_ID.matcher(webhookId).matches();
  }

  public boolean contains(String webhookId) {
    return Files.exists(file(webhookId));
  }

  /**
   * Stores the event of message {@code webhookId}; false when it was already stored (a retry, or
   * the same message arriving twice at once).
   */
  boolean store(String webhookId, String event) {
    try {
      Path partial = Files.createTempFile(directory, ".receiving-", ".tmp");
      Files.writeString(partial, event, StandardCharsets.UTF_8);
      try {
        // Atomic and refusing to replace: of two copies arriving together exactly one is stored.
        Files.move(partial, file(webhookId), StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (FileAlreadyExistsException duplicate) {
        Files.delete(partial);
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored events, as received. */
  public List<String> all() {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(ReceivedEvents::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String webhookId) {
    return directory.resolve(webhookId + ".json");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
