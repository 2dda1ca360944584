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
 * whether it must be referred to the police. A case at or above the crime threshold must be
 * referred; a fine does not replace the referral (不得以罚代刑).
 */
@Entity
@Table(name = "watched_case")
class WatchedCase extends AggregateRoot<WatchedCase> {

  /**
   * Loss to the rights holder or illegal gain, in yuan, from which an infringement of trade secrets
   * causes "serious loss" (重大损失) and is a crime under Article 219 of the Criminal Law: the Supreme
   * People's Court and Supreme People's Procuratorate interpretation (III) on criminal cases of
   * infringing intellectual property (2020), Article 4.
   */
  static final BigDecimal CRIME_THRESHOLD_YUAN = new BigDecimal("300000");

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

  /** What case-service reported when the lead was registered (or registered again, corrected). */
  void registered(
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      Instant receivedAt,
      Instant registeredAt) {
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = reachesCrimeThreshold(claimedAmount);
    this.receivedAt = receivedAt;
    this.registeredAt = registeredAt;
  }

  /** What a later event of the case (filing, penalty, closing) reports of it. */
  void reported(
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      Instant at) {
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = suspectedCrime || reachesCrimeThreshold(claimedAmount);
    if (registeredAt == null) {
      registeredAt = at;
    }
  }

  /**
   * Alerts the procuratorate of the district that the case concluded ({@code trigger}) without a
   * police decision on a referral (its latest referral's status, or NONE); false when it was
   * alerted before (one alert per case).
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

  static boolean reachesCrimeThreshold(BigDecimal amount) {
    return amount != null && amount.compareTo(CRIME_THRESHOLD_YUAN) >= 0;
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
