package cn.gov.sh.tradesecret.notifications.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One event in one agency unit's inbox. Reading it is recorded once, with who and when. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

  @Id private UUID id;

  private String unit;

  @Column(name = "event_id")
  private UUID eventId;

  @Column(name = "event_type")
  private String eventType;

  private String subject;

  private String district;

  private String summary;

  /** The event as it was published (CloudEvents JSON). */
  private String event;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "read_by")
  private String readBy;

  @Version private long version;

  protected InboxEntry() {}

  InboxEntry(
      UUID id,
      String unit,
      UUID eventId,
      String eventType,
      String subject,
      String district,
      String summary,
      String event,
      Instant occurredAt,
      Instant createdAt) {
    this.id = id;
    this.unit = unit;
    this.eventId = eventId;
    this.eventType = eventType;
    this.subject = subject;
    this.district = district;
    this.summary = summary;
    this.event = event;
    this.occurredAt = occurredAt;
    this.createdAt = createdAt;
  }

  /** Marks the entry read; true the first time, false when it already was. */
  boolean markRead(String account, Instant at) {
    if (readAt != null) {
      return false;
    }
    readAt = at;
    readBy = account;
    return true;
  }

  public UUID getId() {
    return id;
  }

  public String getUnit() {
    return unit;
  }

  public UUID getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getSubject() {
    return subject;
  }

  public String getDistrict() {
    return district;
  }

  public String getSummary() {
    return summary;
  }

  public String getEvent() {
    return event;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public String getReadBy() {
    return readBy;
  }
}
