package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.referrals.ReferralOmissionSuspected;
import cn.gov.sh.tradesecret.referrals.casewatch.CrimeThresholds.Threshold;
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
 * does declining to file the lead. Once case-service made its finding again on an established
 * amount, that amount decides instead of the claim; the rights holder's bankruptcy decides where
 * the threshold makes it a ground.
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

  // Null until case-service made its finding again on an established loss or illegal gains.
  @Column(name = "established_amount")
  private BigDecimal establishedAmount;

  @Column(name = "rights_holder_bankrupt")
  private boolean rightsHolderBankrupt;

  @Column(name = "crime_grounds")
  private String crimeGrounds;

  @Version private long version;

  protected WatchedCase() {}

  WatchedCase(String caseId) {
    this.caseId = caseId;
  }

  /**
   * What case-service reported when the lead was registered (or registered again, corrected), the
   * claim weighed against {@code threshold}.
   */
  void registered(
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      Instant receivedAt,
      Instant registeredAt,
      Threshold threshold) {
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = reaches(threshold);
    this.receivedAt = receivedAt;
    this.registeredAt = registeredAt;
  }

  /**
   * What a later event of the case (filing, penalty, closing) reports of it; the amount that
   * decides (the established one, else the claim) is weighed again against {@code threshold},
   * independently of case-service's finding.
   */
  void reported(
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      Instant at,
      Threshold threshold) {
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = suspectedCrime || reaches(threshold);
    if (registeredAt == null) {
      registeredAt = at;
    }
  }

  /**
   * case-service made its finding again ({@code e}): the larger established amount now decides
   * instead of the claim, with the rights holder's bankruptcy, weighed against {@code threshold}
   * beside case-service's own finding, whose grounds are kept.
   */
  void reassessed(SuspectedCrimeReassessed e, Threshold threshold) {
    if (e.establishedLoss() != null || e.illegalGains() != null) {
      establishedAmount =
          e.establishedLoss() == null
              ? e.illegalGains()
              : e.illegalGains() == null
                  ? e.establishedLoss()
                  : e.establishedLoss().max(e.illegalGains());
    }
    rightsHolderBankrupt = e.rightsHolderBankrupt();
    crimeGrounds = e.grounds();
    reported(
        e.caseNumber(),
        e.district(),
        e.owningUnit(),
        e.claimedAmount(),
        e.suspectedCrime(),
        e.reassessedAt(),
        threshold);
  }

  /**
   * Alerts the procuratorate of the district that the case concluded ({@code trigger}) without a
   * police decision on a referral (its latest referral's status, or NONE); false when it was
   * alerted before (one alert per case). A lead declined without filing has no case number.
   */
  boolean alertOmission(String trigger, String referralStatus, Instant at) {
    if (omissionAlertedAt != null) {
      return false;
    }
    omissionAlertedAt = at;
    record(
        new ReferralOmissionSuspected(
            caseId,
            caseNumber,
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

  /** The amount that decides (the established one, else the claim) or the bankruptcy reach it. */
  private boolean reaches(Threshold threshold) {
    return threshold.isReachedBy(establishedAmount == null ? claimedAmount : establishedAmount)
        || (rightsHolderBankrupt && threshold.bankruptcyGround());
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
