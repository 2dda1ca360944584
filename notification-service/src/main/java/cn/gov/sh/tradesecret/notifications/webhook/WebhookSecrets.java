package cn.gov.sh.tradesecret.notifications.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The endpoints' signing secrets, encrypted at rest ({@link SecretCipher}). At start, before any
 * delivery, every stored secret is read: one still in plain text (written before encryption came)
 * or encrypted with a previous key is encrypted with the current key; one that the configured keys
 * cannot decrypt stops the start, naming the key it needs, and nothing is changed.
 */
@Service
public class WebhookSecrets implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);

  private final JdbcTemplate jdbc;
  private final SecretCipher cipher;

  WebhookSecrets(JdbcTemplate jdbc, SecretCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** A new secret of a secret row, as it is stored. */
  String seal(UUID secretId, String secret) {
    return cipher.seal(secretId, secret);
  }

  /**
   * The endpoint's unexpired secrets, as {@code id:stored value} (read in the statement that claims
   * a message), decrypted to sign it.
   */
  public List<String> open(List<String> signingSecrets) {
    return signingSecrets.stream()
        .map(
            secret -> {
              int colon = secret.indexOf(':');
              return cipher.open(
                  UUID.fromString(secret.substring(0, colon)), secret.substring(colon + 1));
            })
        .toList();
  }

  @Override
  public void afterPropertiesSet() {
    sealStoredSecrets();
  }

  /**
   * Encrypts what is not yet encrypted with the current key; fails, changing nothing, if a secret
   * cannot be read.
   */
  int sealStoredSecrets() {
    record Stored(UUID id, String value) {}
    List<Stored> stored =
        jdbc.query(
            "select id, secret from webhook_secret",
            (rs, row) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)));
    List<String> unreadable = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Stored secret : stored) {
      if (!SecretCipher.isSealed(secret.value())) {
        updates.add(
            new Object[] {cipher.seal(secret.id(), secret.value()), secret.id(), secret.value()});
        continue;
      }
      try {
        String plain = cipher.open(secret.id(), secret.value());
        if (!cipher.isSealedWithCurrentKey(secret.value())) {
          updates.add(new Object[] {cipher.seal(secret.id(), plain), secret.id(), secret.value()});
        }
      } catch (IllegalStateException e) {
        unreadable.add(e.getMessage());
      }
    }
    if (!unreadable.isEmpty()) {
      throw new IllegalStateException(
          unreadable.size()
              + " of "
              + stored.size()
              + " webhook secrets cannot be"
              + " decrypted with the configured keys; configure the key they were encrypted with as"
              + " platform.notifications.secrets.key, or as one of previous-keys. First: "
              + unreadable.get(0));
    }
    // compare-and-set: an instance starting at the same time may have encrypted the row already
    jdbc.batchUpdate("update webhook_secret set secret = ? where id = ? and secret = ?", updates);
    if (!updates.isEmpty()) {
      log.info("Encrypted {} webhook secrets with key {}", updates.size(), cipher.currentKeyId());
    }
    return updates.size();
  }
}
