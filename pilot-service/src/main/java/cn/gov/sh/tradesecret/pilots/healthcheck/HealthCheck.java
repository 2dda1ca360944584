package cn.gov.sh.tradesecret.pilots.healthcheck;

import cn.gov.sh.tradesecret.events.pilots.HealthCheckCompleted;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A legal health check (法治体检) of a pilot, recorded once completed: who examined it, the findings by
 * category and the rectification items each requires. Only the bureaus that manage the pilot read
 * it; other agencies never see findings. Recording it publishes {@code HealthCheckCompleted} with
 * counts only.
 */
@Entity
@Table(name = "health_check")
public class HealthCheck extends AggregateRoot<HealthCheck> {

  @Id private UUID id;

  @Column(name = "pilot_id")
  private UUID pilotId;

  private String district;

  @Column(name = "checked_on")
  private LocalDate checkedOn;

  private String examiner;

  private String summary;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @JoinColumn(name = "health_check_id", nullable = false)
  @OrderColumn(name = "position", nullable = false)
  private List<Finding> findings = new ArrayList<>();

  @Version private long version;

  protected HealthCheck() {}

  HealthCheck(
      UUID id,
      UUID pilotId,
      String district,
      LocalDate checkedOn,
      String examiner,
      String summary,
      List<Finding> findings,
      String recordedBy,
      Instant recordedAt) {
    this.id = id;
    this.pilotId = pilotId;
    this.district = district;
    this.checkedOn = checkedOn;
    this.examiner = examiner;
    this.summary = summary;
    this.findings = new ArrayList<>(findings);
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    // a check is recorded once completed, so its creation is the completion; findings stay in the
    // service
    record(
        new HealthCheckCompleted(
            id.toString(),
            pilotId.toString(),
            district,
            checkedOn,
            this.findings.size(),
            rectificationCount(),
            recordedAt));
  }

  Optional<RectificationItem> rectification(UUID itemId) {
    return findings.stream()
        .flatMap(f -> f.getRectifications().stream())
        .filter(item -> item.getId().equals(itemId))
        .findFirst();
  }

  int rectificationCount() {
    return findings.stream().mapToInt(f -> f.getRectifications().size()).sum();
  }

  public UUID getId() {
    return id;
  }

  public UUID getPilotId() {
    return pilotId;
  }

  public String getDistrict() {
    return district;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public String getExaminer() {
    return examiner;
  }

  public String getSummary() {
    return summary;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<Finding> getFindings() {
    return findings;
  }
}
