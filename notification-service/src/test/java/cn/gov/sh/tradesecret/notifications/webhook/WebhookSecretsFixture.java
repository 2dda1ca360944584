package cn.gov.sh.tradesecret.notifications.webhook;

import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the integration tests of another package: the start-up pass over the stored secrets, with any
 * key.
 */
public final class WebhookSecretsFixture {

  private WebhookSecretsFixture() {}

  /**
   * The pass a (re)starting instance makes; {@code key} null for the key this test context uses.
   */
  public static int sealStoredSecrets(WebhookSecrets running, JdbcTemplate jdbc, String key) {
    WebhookSecrets secrets =
        key == null
            ? running
            : new WebhookSecrets(
                jdbc,
                SecretKeys.cipher(new WebhookSecretProperties(key, List.of(), Path.of("unused"))));
    return secrets.sealStoredSecrets();
  }
}
