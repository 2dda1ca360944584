package cn.gov.sh.tradesecret.pilots.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A guidance visit of a bureau to a pilot: the officers who went, the topics, the advice given. */
@Entity
@Table(name = "guidance_visit")
public class GuidanceVisit {

  @Id private UUID id;

  @Column(name = "pilot_id")
  private UUID pilotId;

  @Column(name = "visited_on")
  private LocalDate visitedOn;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private List<String> officers;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private List<String> topics;

  private String advice;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected GuidanceVisit() {}

  GuidanceVisit(
      UUID pilotId,
      LocalDate visitedOn,
      List<String> officers,
      List<String> topics,
      String advice,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.pilotId = pilotId;
    this.visitedOn = visitedOn;
    this.officers = List.copyOf(officers);
    this.topics = List.copyOf(topics);
    this.advice = advice;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPilotId() {
    return pilotId;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public List<String> getOfficers() {
    return officers;
  }

  public List<String> getTopics() {
    return topics;
  }

  public String getAdvice() {
    return advice;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
