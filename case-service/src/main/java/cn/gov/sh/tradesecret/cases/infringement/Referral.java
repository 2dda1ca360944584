package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The referral of a case to the police: the head's proposal and its grounds, and what
 * referral-service reported back. A suspected crime (a loss or illegal gain at or above the
 * criminal threshold in force, see {@link CrimeFinding}) must be referred: no penalty, mediation or
 * closing without penalty may replace the referral (不得以罚代刑) unless the police declined it.
 */
@Embeddable
public class Referral {

  @Column(name = "referral_grounds")
  private String grounds;

  @Column(name = "referral_proposed_by")
  private String proposedBy;

  @Column(name = "referral_proposed_at")
  private Instant proposedAt;

  @Column(name = "referral_id")
  private String referralId;

  @Column(name = "referral_declined")
  private boolean declined;

  void proposed(String grounds, String head, Instant at) {
    this.grounds = grounds;
    this.proposedBy = head;
    this.proposedAt = at;
  }

  /** Referral-service answered: the police accepted, or the head there rejected the proposal. */
  void answered(String referralId) {
    this.referralId = referralId;
  }

  /** The police declined the referral: the case may now be settled administratively. */
  void declinedByPolice(String referralId) {
    this.referralId = referralId;
    this.declined = true;
  }

  /** Refuses {@code what} (a penalty, a mediation, a closing) in place of a referral still owed. */
  void requireNotReplacedBy(String what, CrimeFinding finding) {
    if (finding.suspected() && !declined) {
      throw DomainException.conflict(
          "suspected-crime",
          finding.grounds()
              + ": the case must be referred to the police, and "
              + what
              + " may not replace the referral (不得以罚代刑) unless the police declined it");
    }
  }

  public String getGrounds() {
    return grounds;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getReferralId() {
    return referralId;
  }

  public boolean isDeclined() {
    return declined;
  }
}
