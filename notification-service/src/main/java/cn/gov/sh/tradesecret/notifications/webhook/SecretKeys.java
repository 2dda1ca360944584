package cn.gov.sh.tradesecret.notifications.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the secrets' key comes from: {@code platform.notifications.secrets.key}, else a key file,
 * generated owner-only on the first start. A key that is not 32 bytes of base64 stops the start.
 */
final class SecretKeys {

  private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SecretKeys() {}

  static SecretCipher cipher(WebhookSecretProperties properties) {
    SecretCipher.Key current;
    if (properties.key() != null && !properties.key().isBlank()) {
      current = decode(properties.key(), "platform.notifications.secrets.key");
    } else {
      current = fromFile(properties.keyFile().toAbsolutePath());
    }
    List<SecretCipher.Key> previous =
        properties.previousKeys().stream()
            .filter(key -> !key.isBlank())
            .map(key -> decode(key, "platform.notifications.secrets.previous-keys"))
            .toList();
    log.info(
        "Webhook secrets are encrypted with key {}{}",
        current.id(),
        previous.isEmpty()
            ? ""
            : "; previous keys " + previous.stream().map(SecretCipher.Key::id).toList());
    return new SecretCipher(current, previous);
  }

  private static SecretCipher.Key fromFile(Path file) {
    try {
      if (Files.notExists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        try {
          write(file, Base64.getEncoder().encodeToString(raw) + "\n");
          log.warn(
              "No platform.notifications.secrets.key configured: generated a key for the webhook secrets in {}."
                  + " Production must configure the key (PLATFORM_NOTIFICATIONS_SECRETS_KEY), the same on every instance"
                  + " and kept safe: secrets encrypted with a lost key cannot be recovered.",
              file);
        } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
          // read below
        }
      } else {
        log.warn(
            "No platform.notifications.secrets.key configured: the webhook secrets' key is read from {}."
                + " Production must configure the key (PLATFORM_NOTIFICATIONS_SECRETS_KEY).",
            file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create or read the webhook secrets' key file "
              + file
              + ": configure platform.notifications.secrets.key (PLATFORM_NOTIFICATIONS_SECRETS_KEY)",
          e);
    }
  }

  private static void write(Path file, String content) throws IOException {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(file);
    }
    Files.writeString(
        file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    if (posix) {
      Files.setPosixFilePermissions(file, EnumSet.copyOf(OWNER_ONLY));
    }
  }

  private static SecretCipher.Key decode(String base64, String source) {
    try {
      return SecretCipher.Key.of(Base64.getDecoder().decode(base64.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          source
              + " must be the base64 of 32 random bytes (openssl rand -base64 32): "
              + e.getMessage());
    }
  }
}
