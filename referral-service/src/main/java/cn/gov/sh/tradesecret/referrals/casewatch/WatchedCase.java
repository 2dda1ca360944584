package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.referrals.ReferralOmissionSuspected;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case (or the lead it starts from) of case-service, as its events describe it: enough to tell
 * whether it must be referred to the police. A case at or above the crime threshold in force
 * ({@link CrimeThresholds}) must be referred; a fine does not replace the referral (不得以罚代刑), nor
 * does declining to file the lead.
 */
@Entity
@Table(name = "watched_case")
class WatchedCase extends AggregateRoot<WatchedCase> {

  @Id
  @Column(name = "case_id")
  private String caseId;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Column(name = "claimed_amount")
  private BigDecimal claimedAmount;

  @Column(name = "suspected_crime")
  private boolean suspectedCrime;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "case_number")
  private String caseNumber;

  @Column(name = "omission_alerted_at")
  private Instant omissionAlertedAt;

  @Version private long version;

  protected WatchedCase() {}

  WatchedCase(String caseId) {
    this.caseId = caseId;
  }

  /**
   * What case-service reported when the lead was registered (or registered again, corrected), the
   * claim weighed against {@code threshold} in yuan.
   */
  void registered(
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      Instant receivedAt,
      Instant registeredAt,
      BigDecimal threshold) {
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = reaches(claimedAmount, threshold);
    this.receivedAt = receivedAt;
    this.registeredAt = registeredAt;
  }

  /**
   * What a later event of the case (filing, penalty, closing) reports of it; the claim is weighed
   * again against {@code threshold} in yuan, independently of case-service's finding.
   */
  void reported(
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      Instant at,
      BigDecimal threshold) {
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = suspectedCrime || reaches(claimedAmount, threshold);
    if (registeredAt == null) {
      registeredAt = at;
    }
  }

  /**
   * Alerts the procuratorate of the district that the case concluded ({@code trigger}) without a
   * police decision on a referral (its latest referral's status, or NONE); false when it was
   * alerted before (one alert per case). A lead declined without filing has no case number: the
   * alert says NONE (the contract has no field for a lead yet).
   */
  boolean alertOmission(String trigger, String referralStatus, Instant at) {
    if (omissionAlertedAt != null) {
      return false;
    }
    omissionAlertedAt = at;
    record(
        new ReferralOmissionSuspected(
            caseId,
            caseNumber == null ? "NONE" : caseNumber,
            district,
            owningUnit,
            AgencyType.PROCURATORATE.unitIn(district),
            claimedAmount,
            trigger,
            referralStatus,
            at));
    return true;
  }

  String getCaseNumber() {
    return caseNumber;
  }

  private static boolean reaches(BigDecimal amount, BigDecimal threshold) {
    return amount != null && amount.compareTo(threshold) >= 0;
  }

  String getCaseId() {
    return caseId;
  }

  String getDistrict() {
    return district;
  }

  String getOwningUnit() {
    return owningUnit;
  }

  BigDecimal getClaimedAmount() {
    return claimedAmount;
  }

  boolean isSuspectedCrime() {
    return suspectedCrime;
  }

  Instant getReceivedAt() {
    return receivedAt;
  }

  Instant getRegisteredAt() {
    return registeredAt;
  }
}
