package cn.gov.sh.tradesecret.notifications.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An agency system that receives signed webhooks. Disabled when it answers 410 Gone or fails for
 * too long; its messages then wait until its owner enables it again. Health columns are written by
 * the delivery workers, hence only changed columns are updated here.
 */
@Entity
@Table(name = "webhook_endpoint")
@DynamicUpdate
public class WebhookEndpoint {

  /** Whether messages are sent. */
  public enum Status {
    ENABLED,
    DISABLED
  }

  @Id private UUID id;

  private String unit;

  private String url;

  private String description;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "failing_since")
  private Instant failingSince;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected WebhookEndpoint() {}

  WebhookEndpoint(
      UUID id, String unit, String url, String description, String createdBy, Instant createdAt) {
    this.id = id;
    this.unit = unit;
    this.url = url;
    this.description = description;
    this.status = Status.ENABLED;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * Enables a disabled endpoint: its waiting messages are sent again, its failure streak is
   * forgotten.
   */
  void enable() {
    status = Status.ENABLED;
    disabledReason = null;
    disabledAt = null;
    failingSince = null;
  }

  public UUID getId() {
    return id;
  }

  public String getUnit() {
    return unit;
  }

  public String getUrl() {
    return url;
  }

  public String getDescription() {
    return description;
  }

  public Status getStatus() {
    return status;
  }

  public String getDisabledReason() {
    return disabledReason;
  }

  public Instant getDisabledAt() {
    return disabledAt;
  }

  public Instant getFailingSince() {
    return failingSince;
  }

  public Instant getLastSuccessAt() {
    return lastSuccessAt;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
