package cn.gov.sh.tradesecret.notifications.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks specification: {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">} with the secret's base64-decoded key, one per valid secret, separated by
 * spaces (so a receiver holding either secret of a rotation accepts the message).
 */
public final class WebhookSignature {

  /** Prefix of a Standard Webhooks secret. */
  public static final String SECRET_PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** The {@code webhook-signature} header value of a message, signed with each of {@code secrets}. */
  public static String sign(List<String> secrets, String messageId, long timestampSeconds, String body) {
    byte[] content = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
    return secrets.stream().map(secret -> "v1," + hmac(secret, content)).collect(Collectors.joining(" "));
  }

  /** A new secret: 32 random bytes. */
  static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  private static String hmac(String secret, byte[] content) {
    String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
