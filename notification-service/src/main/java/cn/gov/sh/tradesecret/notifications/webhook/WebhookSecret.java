package cn.gov.sh.tradesecret.notifications.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A signing secret of an endpoint ({@code whsec_} + base64), stored encrypted ({@link
 * WebhookSecrets}); a rotated one stays valid until it expires.
 */
@Entity
@Table(name = "webhook_secret")
class WebhookSecret {

  @Id private UUID id;

  @Column(name = "endpoint_id")
  private UUID endpointId;

  /** The secret encrypted: {@code gcm1:<key id>:...}, never the secret itself. */
  @Column(name = "secret")
  private String sealed;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected WebhookSecret() {}

  WebhookSecret(UUID id, UUID endpointId, String sealed, Instant createdAt) {
    this.id = id;
    this.endpointId = endpointId;
    this.sealed = sealed;
    this.createdAt = createdAt;
  }

  boolean isValidAt(Instant at) {
    return expiresAt == null || expiresAt.isAfter(at);
  }

  void expireAt(Instant at) {
    if (expiresAt == null || expiresAt.isAfter(at)) {
      expiresAt = at;
    }
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }
}
