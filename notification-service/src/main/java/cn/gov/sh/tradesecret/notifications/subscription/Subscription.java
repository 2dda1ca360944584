package cn.gov.sh.tradesecret.notifications.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency unit's wish to be told of events: an event type ({@code LeadRegistered}) or a whole
 * family (a topic, {@code referral-events}), optionally narrowed to a district or to one case or
 * referral. Mandatory subscriptions are the law's notices and cannot be removed; a WEBHOOK
 * subscription names the endpoint it is delivered to.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

  @Id private UUID id;

  private String unit;

  @Column(name = "event_selector")
  private String eventSelector;

  private String district;

  private String subject;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private boolean mandatory;

  @Column(name = "endpoint_id")
  private UUID endpointId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Subscription() {}

  Subscription(
      UUID id,
      String unit,
      String eventSelector,
      String district,
      String subject,
      Channel channel,
      UUID endpointId,
      String createdBy,
      Instant createdAt) {
    this.id = id;
    this.unit = unit;
    this.eventSelector = eventSelector;
    this.district = district;
    this.subject = subject;
    this.channel = channel;
    this.endpointId = endpointId;
    this.mandatory = false;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getUnit() {
    return unit;
  }

  public String getEventSelector() {
    return eventSelector;
  }

  public String getDistrict() {
    return district;
  }

  public String getSubject() {
    return subject;
  }

  public Channel getChannel() {
    return channel;
  }

  /** The webhook endpoint of a {@link Channel#WEBHOOK} subscription, else null. */
  public UUID getEndpointId() {
    return endpointId;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
