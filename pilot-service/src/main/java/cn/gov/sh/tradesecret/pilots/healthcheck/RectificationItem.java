package cn.gov.sh.tradesecret.pilots.healthcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One rectification (整改) a finding requires, due by a day; completed once. */
@Entity
@Table(name = "rectification_item")
public class RectificationItem {

  @Id private UUID id;

  @Column(name = "health_check_id")
  private UUID healthCheckId;

  private String description;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "completion_note")
  private String completionNote;

  protected RectificationItem() {}

  RectificationItem(UUID healthCheckId, String description, LocalDate dueOn) {
    this.id = UUID.randomUUID();
    this.healthCheckId = healthCheckId;
    this.description = description;
    this.dueOn = dueOn;
  }

  void complete(LocalDate on, String by, String note) {
    this.completedOn = on;
    this.completedBy = by;
    this.completionNote = note;
  }

  /** OPEN, DONE, or OVERDUE once its due day has passed undone. */
  public RectificationState stateOn(LocalDate today) {
    if (completedOn != null) {
      return RectificationState.DONE;
    }
    return today.isAfter(dueOn) ? RectificationState.OVERDUE : RectificationState.OPEN;
  }

  public UUID getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public String getCompletionNote() {
    return completionNote;
  }
}
