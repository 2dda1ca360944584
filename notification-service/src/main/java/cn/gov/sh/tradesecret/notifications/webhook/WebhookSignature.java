package cn.gov.sh.tradesecret.notifications.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signatures per the Standard Webhooks specification, made by its reference library: {@code
 * v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the secret's base64-decoded key, one per
 * valid secret, separated by spaces (so a receiver holding either secret of a rotation accepts the
 * message).
 */
public final class WebhookSignature {

  /** Prefix of a Standard Webhooks secret. */
  public static final String SECRET_PREFIX = "whsec_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /**
   * The {@code webhook-signature} header value of a message, signed with each of {@code secrets}.
   */
  public static String sign(
      List<String> secrets, String messageId, long timestampSeconds, String body) {
    return secrets.stream()
        .map(secret -> sign(secret, messageId, timestampSeconds, body))
        .collect(Collectors.joining(" "));
  }

  /** A new secret: 32 random bytes. */
  static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  private static String sign(String secret, String messageId, long timestampSeconds, String body) {
    try {
      return new Webhook(secret).sign(messageId, timestampSeconds, body);
    } catch (EmptyWebhookSecretException | WebhookSigningException e) {
      throw new IllegalStateException("cannot sign webhook message " + messageId, e);
    }
  }
}
