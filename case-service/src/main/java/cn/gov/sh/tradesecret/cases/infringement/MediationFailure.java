package cn.gov.sh.tradesecret.cases.infringement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A mediation that ended without an agreement: the case is investigated on. A later failure of the
 * same case replaces it; an agreement concluded afterwards is a mediation of its own.
 */
@Embeddable
public class MediationFailure {

  /** Why no agreement came about, in the words of the mediation record (调解终结). */
  public enum Reason {
    /** The parties did not agree. */
    PARTIES_DID_NOT_AGREE,
    /** A party withdrew from the mediation. */
    PARTY_WITHDREW,
    /** The rights holder asked the bureau to go on with the investigation. */
    INVESTIGATION_REQUESTED
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "mediation_failure_reason")
  private Reason reason;

  @Column(name = "mediation_failure_details")
  private String details;

  @Column(name = "mediation_failure_recorded_by")
  private String recordedBy;

  @Column(name = "mediation_failed_at")
  private Instant failedAt;

  protected MediationFailure() {}

  static MediationFailure of(Reason reason, String details, String officer, Instant at) {
    MediationFailure failure = new MediationFailure();
    failure.reason = reason;
    failure.details = details;
    failure.recordedBy = officer;
    failure.failedAt = at;
    return failure;
  }

  public Reason getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getFailedAt() {
    return failedAt;
  }
}
