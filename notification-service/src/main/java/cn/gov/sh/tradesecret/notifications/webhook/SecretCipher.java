package cn.gov.sh.tradesecret.notifications.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets at rest with AES-256-GCM: {@code gcm1:<key id>:<base64 of nonce,
 * ciphertext and tag>}, a random 12-byte nonce per value, the secret's row id as associated data (a
 * value copied to another row does not decrypt). The key id (the first 4 bytes of the key's
 * SHA-256, in hex) names the key a value needs, so keys can rotate and a wrong key is told apart
 * from damage.
 */
final class SecretCipher {

  static final String PREFIX = "gcm1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** An AES-256 key and its id. */
  record Key(String id, SecretKeySpec spec) {

    static Key of(byte[] raw) {
      if (raw.length != 32) {
        throw new IllegalArgumentException("an AES-256 key has 32 bytes, this one " + raw.length);
      }
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
        return new Key(HexFormat.of().formatHex(digest, 0, 4), new SecretKeySpec(raw, "AES"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 unavailable", e);
      }
    }
  }

  private final Key current;
  private final Map<String, Key> keys = new LinkedHashMap<>();

  SecretCipher(Key current, List<Key> previous) {
    this.current = current;
    keys.put(current.id(), current);
    previous.forEach(key -> keys.putIfAbsent(key.id(), key));
  }

  String currentKeyId() {
    return current.id();
  }

  static boolean isSealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  boolean isSealedWithCurrentKey(String stored) {
    return stored.startsWith(PREFIX + current.id() + ":");
  }

  /** {@code secret} encrypted with the current key for the row {@code secretId}. */
  String seal(UUID secretId, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, current.spec(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(secretId.toString().getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + current.id()
          + ":"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * The secret of row {@code secretId} from its stored value; an {@link IllegalStateException}
   * saying which key is missing, or that the value does not decrypt, otherwise.
   */
  String open(UUID secretId, String stored) {
    if (!isSealed(stored)) {
      throw new IllegalStateException("webhook secret " + secretId + " is not encrypted");
    }
    int colon = stored.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw new IllegalStateException(
          "webhook secret " + secretId + " is not a " + PREFIX + " value");
    }
    String keyId = stored.substring(PREFIX.length(), colon);
    Key key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException(
          "webhook secret "
              + secretId
              + " was encrypted with key "
              + keyId
              + ", which is neither platform.notifications.secrets.key (key "
              + current.id()
              + ") nor one of platform.notifications.secrets.previous-keys");
    }
    try {
      byte[] payload = Base64.getDecoder().decode(stored.substring(colon + 1));
      if (payload.length < NONCE_BYTES + TAG_BITS / 8) {
        throw new IllegalArgumentException("too short");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, payload, 0, NONCE_BYTES));
      cipher.updateAAD(secretId.toString().getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES),
          StandardCharsets.UTF_8);
    } catch (AEADBadTagException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "webhook secret "
              + secretId
              + " does not decrypt with key "
              + keyId
              + ": the value was altered or belongs to another row");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }
}
