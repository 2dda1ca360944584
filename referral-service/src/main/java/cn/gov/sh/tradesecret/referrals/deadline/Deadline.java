package cn.gov.sh.tradesecret.referrals.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One running (or finished) clock of a referral step. Persisted, so it survives restarts; the
 * {@code warnedAt} and {@code breachedAt} markers make the 75% and breach events happen once.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

  @Id private UUID id;

  @Column(name = "referral_id")
  private UUID referralId;

  @Column(name = "case_id")
  private String caseId;

  private String district;

  @Enumerated(EnumType.STRING)
  private DeadlineClock clock;

  @Column(name = "responsible_unit")
  private String responsibleUnit;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breached_at")
  private Instant breachedAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Version private long version;

  protected Deadline() {}

  Deadline(
      UUID referralId,
      String caseId,
      String district,
      DeadlineClock clock,
      String responsibleUnit,
      Instant startedAt,
      Instant dueAt) {
    this.id = UUID.randomUUID();
    this.referralId = referralId;
    this.caseId = caseId;
    this.district = district;
    this.clock = clock;
    this.responsibleUnit = responsibleUnit;
    this.startedAt = startedAt;
    this.dueAt = dueAt;
    this.warnAt = DeadlineClock.warnAt(startedAt, dueAt);
  }

  void stop(Instant at) {
    if (stoppedAt == null) {
      stoppedAt = at;
    }
  }

  void warned(Instant at) {
    warnedAt = at;
  }

  void breached(Instant at) {
    breachedAt = at;
    if (warnedAt == null) {
      warnedAt = at;
    }
  }

  public UUID getReferralId() {
    return referralId;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getDistrict() {
    return district;
  }

  public DeadlineClock getClock() {
    return clock;
  }

  public String getResponsibleUnit() {
    return responsibleUnit;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public Instant getBreachedAt() {
    return breachedAt;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }
}
