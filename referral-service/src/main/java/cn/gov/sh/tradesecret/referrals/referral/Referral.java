package cn.gov.sh.tradesecret.referrals.referral;

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
 * The referral of a suspected crime found in an administrative case to the police (行刑衔接).
 * The referring unit is the market-regulation bureau of the case's district; the procuratorate of
 * that district sees it from the proposal on.
 */
@Entity
@Table(name = "referral")
public class Referral {

  @Id
  private UUID id;

  @Column(name = "case_id")
  private String caseId;

  private String district;

  @Column(name = "referring_unit")
  private String referringUnit;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ReferralStatus status;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Version
  private long version;

  protected Referral() {}

  Referral(UUID id, String caseId, String district, String referringUnit, String reason, String proposedBy,
      Instant proposedAt) {
    this.id = id;
    this.caseId = caseId;
    this.district = district;
    this.referringUnit = referringUnit;
    this.reason = reason;
    this.status = ReferralStatus.PROPOSED;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  public UUID getId() {
    return id;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getDistrict() {
    return district;
  }

  public String getReferringUnit() {
    return referringUnit;
  }

  public String getReason() {
    return reason;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public long getVersion() {
    return version;
  }
}
