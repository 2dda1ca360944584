package cn.gov.sh.tradesecret.referrals.confirmation;

import cn.gov.sh.tradesecret.events.referrals.ConfirmationGranted;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRefused;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRequested;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import cn.gov.sh.tradesecret.support.domain.DomainException;
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
 * A request to a court for judicial confirmation of an administrative mediation agreement (行政调解 +
 * 司法确认): the agreement is known by its SHA-256 fingerprint only. The court decides once: granted
 * (case-service closes the case) or refused with reasons (it reopens it). Each transition records
 * the event it caused, published when the confirmation is saved.
 */
@Entity
@Table(name = "confirmation")
public class Confirmation extends AggregateRoot<Confirmation> {

  static final String WRONG_STEP = "confirmation-wrong-step";

  @Id private UUID id;

  @Column(name = "case_id")
  private String caseId;

  @Column(name = "case_number")
  private String caseNumber;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Column(name = "court_unit")
  private String courtUnit;

  @Column(name = "agreement_sha256")
  private String agreementSha256;

  @Enumerated(EnumType.STRING)
  private ConfirmationStatus status;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String reasons;

  @Version private long version;

  protected Confirmation() {}

  Confirmation(
      String caseId,
      String caseNumber,
      String district,
      String owningUnit,
      String courtUnit,
      String agreementSha256,
      Instant requestedAt) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.courtUnit = courtUnit;
    this.agreementSha256 = agreementSha256;
    this.status = ConfirmationStatus.REQUESTED;
    this.requestedAt = requestedAt;
    record(
        new ConfirmationRequested(
            id.toString(), caseId, district, owningUnit, courtUnit, agreementSha256, requestedAt));
  }

  void grant(String judge, Instant at) {
    decide(ConfirmationStatus.GRANTED, judge, at, null);
    record(new ConfirmationGranted(id.toString(), caseId, district, courtUnit, at));
  }

  void refuse(String judge, Instant at, String reasons) {
    decide(ConfirmationStatus.REFUSED, judge, at, reasons);
    record(new ConfirmationRefused(id.toString(), caseId, district, courtUnit, reasons, at));
  }

  private void decide(ConfirmationStatus outcome, String judge, Instant at, String reasons) {
    if (status != ConfirmationStatus.REQUESTED) {
      throw DomainException.conflict(WRONG_STEP, "the confirmation was already " + status);
    }
    this.status = outcome;
    this.decidedBy = judge;
    this.decidedAt = at;
    this.reasons = reasons;
  }

  public UUID getId() {
    return id;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getDistrict() {
    return district;
  }

  public String getOwningUnit() {
    return owningUnit;
  }

  public String getCourtUnit() {
    return courtUnit;
  }

  public String getAgreementSha256() {
    return agreementSha256;
  }

  public ConfirmationStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReasons() {
    return reasons;
  }
}
