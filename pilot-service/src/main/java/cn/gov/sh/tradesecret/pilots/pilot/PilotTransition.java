package cn.gov.sh.tradesecret.pilots.pilot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a pilot's lifecycle as it happened: which action, from and to what, who took it, when
 * and why.
 */
@Entity
@Table(name = "pilot_transition")
public class PilotTransition {

  @Id private UUID id;

  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "pilot_id")
  private UUID pilotId;

  @Enumerated(EnumType.STRING)
  private PilotAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private PilotStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private PilotStatus toStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_level")
  private PilotLevel fromLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_level")
  private PilotLevel toLevel;

  @Column(name = "review_year")
  private Integer reviewYear;

  private String reason;

  private String actor;

  @Column(name = "actor_unit")
  private String actorUnit;

  private Instant at;

  protected PilotTransition() {}

  PilotTransition(
      UUID pilotId,
      PilotAction action,
      PilotStatus fromStatus,
      PilotStatus toStatus,
      PilotLevel fromLevel,
      PilotLevel toLevel,
      Integer reviewYear,
      String reason,
      String actor,
      String actorUnit,
      Instant at) {
    this.id = UUID.randomUUID();
    this.pilotId = pilotId;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.reviewYear = reviewYear;
    this.reason = reason;
    this.actor = actor;
    this.actorUnit = actorUnit;
    this.at = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPilotId() {
    return pilotId;
  }

  public PilotAction getAction() {
    return action;
  }

  public PilotStatus getFromStatus() {
    return fromStatus;
  }

  public PilotStatus getToStatus() {
    return toStatus;
  }

  public PilotLevel getFromLevel() {
    return fromLevel;
  }

  public PilotLevel getToLevel() {
    return toLevel;
  }

  public Integer getReviewYear() {
    return reviewYear;
  }

  public String getReason() {
    return reason;
  }

  public String getActor() {
    return actor;
  }

  public String getActorUnit() {
    return actorUnit;
  }

  public Instant getAt() {
    return at;
  }
}
