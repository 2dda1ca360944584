package cn.gov.sh.tradesecret.notifications.webhook;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key that encrypts the endpoints' signing secrets at rest ({@code
 * platform.notifications.secrets.*}).
 *
 * @param key base64 of 32 random bytes (AES-256), the same on every instance; production must set
 *     it (env {@code PLATFORM_NOTIFICATIONS_SECRETS_KEY})
 * @param previousKeys keys that were {@code key} before a key rotation: secrets encrypted with them
 *     are read and encrypted again with {@code key} at start; drop them once that is done
 * @param keyFile without {@code key}: the key is read from this file, generated there (owner-only)
 *     on the first start; fine for one local instance, not for production
 */
@ConfigurationProperties("platform.notifications.secrets")
record WebhookSecretProperties(
    String key,
    @DefaultValue List<String> previousKeys,
    @DefaultValue(".platform/notification-secrets.key") Path keyFile) {}
