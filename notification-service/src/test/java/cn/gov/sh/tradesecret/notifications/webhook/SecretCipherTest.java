package cn.gov.sh.tradesecret.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM of the webhook secrets at rest, and where its key comes from. */
class SecretCipherTest {

  static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  static SecretCipher cipher(String key, String... previous) {
    return SecretKeys.cipher(
        new WebhookSecretProperties(key, List.of(previous), Path.of("unused")));
  }

  final UUID row = UUID.randomUUID();
  final String secret = WebhookSignature.newSecret();

  @Test
  void aSealedSecretIsNeitherTheSecretNorRepeatedAndOpensAgain() {
    SecretCipher cipher = cipher(newKey());

    String sealed = cipher.seal(row, secret);

    assertThat(sealed)
        .startsWith("gcm1:" + cipher.currentKeyId() + ":")
        .doesNotContain(secret)
        .doesNotContain(secret.substring("whsec_".length()));
    assertThat(cipher.seal(row, secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(cipher.open(row, sealed)).isEqualTo(secret);
  }

  @Test
  void aWrongKeyFailsNamingTheKeyItNeeds() {
    SecretCipher original = cipher(newKey());
    String sealed = original.seal(row, secret);
    SecretCipher other = cipher(newKey());

    assertThatThrownBy(() -> other.open(row, sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("encrypted with key " + original.currentKeyId())
        .hasMessageContaining(
            "platform.notifications.secrets.key (key " + other.currentKeyId() + ")");
  }

  @Test
  void anAlteredValueOrOneCopiedToAnotherRowDoesNotDecrypt() {
    SecretCipher cipher = cipher(newKey());
    String sealed = cipher.seal(row, secret);
    char last = sealed.charAt(sealed.length() - 3);
    String altered =
        sealed.substring(0, sealed.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + sealed.substring(sealed.length() - 2);

    assertThatThrownBy(() -> cipher.open(row, altered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not decrypt");
    assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), sealed))
        .hasMessageContaining("does not decrypt");
    assertThatThrownBy(() -> cipher.open(row, "gcm1:" + cipher.currentKeyId() + ":AAAA"))
        .hasMessageContaining("does not decrypt");
    assertThatThrownBy(() -> cipher.open(row, secret)).hasMessageContaining("not encrypted");
  }

  @Test
  void aPreviousKeyStillOpensWhatItSealed() {
    String oldKey = newKey();
    String sealed = cipher(oldKey).seal(row, secret);
    SecretCipher rotated = cipher(newKey(), oldKey);

    assertThat(rotated.open(row, sealed)).isEqualTo(secret);
    assertThat(rotated.isSealedWithCurrentKey(sealed)).isFalse();
    assertThat(rotated.isSealedWithCurrentKey(rotated.seal(row, secret))).isTrue();
  }

  @Test
  void aKeyThatIsNot32BytesOfBase64StopsTheStart() {
    for (String bad :
        List.of(
            "not base64!",
            Base64.getEncoder().encodeToString(new byte[16]),
            Base64.getEncoder().encodeToString(new byte[33]))) {
      assertThatThrownBy(() -> cipher(bad))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(
              "platform.notifications.secrets.key must be the base64 of 32 random bytes");
    }
    assertThatThrownBy(() -> cipher(newKey(), "short")).hasMessageContaining("previous-keys");
  }

  @Test
  void withoutAKeyOneIsGeneratedOwnerOnlyOnceAndKept(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("data/notification-secrets.key");
    WebhookSecretProperties properties = new WebhookSecretProperties(null, List.of(), file);

    SecretCipher first = SecretKeys.cipher(properties);
    String sealed = first.seal(row, secret);
    SecretCipher second = SecretKeys.cipher(properties);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
    assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
    assertThat(second.open(row, sealed)).isEqualTo(secret);
  }

  @Test
  void aDamagedKeyFileStopsTheStart(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("notification-secrets.key");
    Files.writeString(file, "truncated");

    assertThatThrownBy(() -> SecretKeys.cipher(new WebhookSecretProperties(" ", List.of(), file)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the key file " + file);
  }
}
