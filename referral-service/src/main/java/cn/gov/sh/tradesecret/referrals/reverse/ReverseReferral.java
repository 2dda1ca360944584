package cn.gov.sh.tradesecret.referrals.reverse;

import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A matter the police refer back to the market-regulation bureau of a district (step 6 of the
 * procedure): no crime, or one too minor to prosecute, but an administrative violation. It is a
 * fact once submitted, recorded as such; case-service turns it into a lead.
 */
@Entity
@Table(name = "reverse_referral")
public class ReverseReferral extends AggregateRoot<ReverseReferral> {

  /** Why the police refer the matter back. */
  public enum Ground {
    /** No criminal facts. */
    NO_CRIME,
    /** Criminal facts too minor to prosecute (犯罪事实显著轻微). */
    TOO_MINOR
  }

  @Id private UUID id;

  @Column(name = "original_case_id")
  private String originalCaseId;

  private String district;

  @Column(name = "target_unit")
  private String targetUnit;

  @Column(name = "police_unit")
  private String policeUnit;

  @Enumerated(EnumType.STRING)
  private Ground ground;

  @Column(name = "rights_holder")
  private String rightsHolder;

  private String suspects;

  private String summary;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected ReverseReferral() {}

  ReverseReferral(
      String originalCaseId,
      String district,
      String targetUnit,
      String policeUnit,
      Ground ground,
      String rightsHolder,
      String suspects,
      String summary,
      String submittedBy,
      Instant submittedAt) {
    this.id = UUID.randomUUID();
    this.originalCaseId = originalCaseId;
    this.district = district;
    this.targetUnit = targetUnit;
    this.policeUnit = policeUnit;
    this.ground = ground;
    this.rightsHolder = rightsHolder;
    this.suspects = suspects;
    this.summary = summary;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    record(
        new ReverseReferralSubmitted(
            id.toString(),
            originalCaseId,
            district,
            targetUnit,
            policeUnit,
            rightsHolder,
            suspects,
            summary,
            submittedAt));
  }

  public UUID getId() {
    return id;
  }

  public String getOriginalCaseId() {
    return originalCaseId;
  }

  public String getDistrict() {
    return district;
  }

  public String getTargetUnit() {
    return targetUnit;
  }

  public String getPoliceUnit() {
    return policeUnit;
  }

  public Ground getGround() {
    return ground;
  }

  public String getRightsHolder() {
    return rightsHolder;
  }

  public String getSuspects() {
    return suspects;
  }

  public String getSummary() {
    return summary;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
