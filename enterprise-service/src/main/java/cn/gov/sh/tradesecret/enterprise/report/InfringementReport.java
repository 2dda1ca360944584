package cn.gov.sh.tradesecret.enterprise.report;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise's online report of a suspected infringement. It becomes a lead of the competent
 * district bureau, which must decide within 15 working days whether to file a case
 * (market-regulation penalty procedure); the enterprise learns the decision, never the bureau's
 * internals (who handles it, its notes).
 */
@Entity
@Table(name = "infringement_report")
public class InfringementReport {

  @Id private UUID id;

  @Column(name = "tracking_number")
  private String trackingNumber;

  private String account;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "enterprise_name")
  private String enterpriseName;

  private String district;

  @Enumerated(EnumType.STRING)
  @Column(name = "secret_type")
  private SecretType secretType;

  @Column(name = "what_was_taken")
  private String whatWasTaken;

  @Column(name = "how_taken")
  private String howTaken;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "report_suspect", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  private List<Suspect> suspects = new ArrayList<>();

  @Column(name = "estimated_loss")
  private BigDecimal estimatedLoss;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  @Column(name = "sha256")
  private List<String> evidenceFingerprints = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "bureau_unit")
  private String bureauUnit;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "case_number")
  private String caseNumber;

  @Version private Long version;

  protected InfringementReport() {}

  InfringementReport(
      UUID id,
      String trackingNumber,
      String account,
      String creditCode,
      String enterpriseName,
      String district,
      SecretType secretType,
      String whatWasTaken,
      String howTaken,
      List<Suspect> suspects,
      BigDecimal estimatedLoss,
      List<String> evidenceFingerprints,
      Instant reportedAt) {
    this.id = id;
    this.trackingNumber = trackingNumber;
    this.account = account;
    this.creditCode = creditCode;
    this.enterpriseName = enterpriseName;
    this.district = district;
    this.secretType = secretType;
    this.whatWasTaken = whatWasTaken;
    this.howTaken = howTaken;
    this.suspects = new ArrayList<>(suspects);
    this.estimatedLoss = estimatedLoss;
    this.evidenceFingerprints = new ArrayList<>(evidenceFingerprints);
    this.status = ReportStatus.SUBMITTED;
    this.reportedAt = reportedAt;
    this.statusChangedAt = reportedAt;
  }

  /**
   * The bureau registered the report as its lead. Only from SUBMITTED: a decision that arrived
   * first is kept.
   */
  void received(String unit, Instant at) {
    if (status == ReportStatus.SUBMITTED) {
      this.status = ReportStatus.RECEIVED;
      this.bureauUnit = unit;
      this.statusChangedAt = at;
    }
  }

  /** The bureau declined to file a case (不予立案), for the reason of {@code reasonCode}. */
  void declined(String unit, String reasonCode, Instant at) {
    requireUndecided();
    this.status = ReportStatus.DECLINED;
    this.bureauUnit = unit;
    this.declineReason = reasonCode;
    this.statusChangedAt = at;
  }

  /** The bureau filed a case (立案) under {@code caseNumber}. */
  void filed(String unit, String caseNumber, Instant at) {
    requireUndecided();
    this.status = ReportStatus.FILED;
    this.bureauUnit = unit;
    this.caseNumber = caseNumber;
    this.statusChangedAt = at;
  }

  private void requireUndecided() {
    if (status == ReportStatus.FILED || status == ReportStatus.DECLINED) {
      throw DomainException.illegalTransition(
          "report " + trackingNumber + " was already decided: " + status);
    }
  }

  public UUID getId() {
    return id;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public String getAccount() {
    return account;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getDistrict() {
    return district;
  }

  public SecretType getSecretType() {
    return secretType;
  }

  public String getWhatWasTaken() {
    return whatWasTaken;
  }

  public String getHowTaken() {
    return howTaken;
  }

  public List<Suspect> getSuspects() {
    return List.copyOf(suspects);
  }

  public BigDecimal getEstimatedLoss() {
    return estimatedLoss;
  }

  public List<String> getEvidenceFingerprints() {
    return List.copyOf(evidenceFingerprints);
  }

  public ReportStatus getStatus() {
    return status;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getBureauUnit() {
    return bureauUnit;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getCaseNumber() {
    return caseNumber;
  }
}
