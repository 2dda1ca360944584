package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;

/**
 * Where a case stands. The 90-day decision clock runs while it is {@link #INVESTIGATING} or {@link
 * #REFERRAL_PROPOSED} (and no appraisal stops it).
 */
public enum CaseStatus {
  /** Filed (立案): evidence, secret points, appraisals. */
  INVESTIGATING,
  /**
   * A referral to the police was proposed; referral-service handles the head's approval and the
   * transfer.
   */
  REFERRAL_PROPOSED,
  /** The police accepted the referral and filed a criminal case. */
  REFERRED,
  /** An administrative penalty was decided. */
  PENALTY_DECIDED,
  /** A mediation agreement was concluded; a court is asked to confirm it. */
  MEDIATION_CONCLUDED,
  /** The court confirmed the mediation agreement. */
  MEDIATION_CONFIRMED,
  /** Closed (结案). */
  CLOSED;

  /** Whether the decision clock runs (unless an appraisal stops it). */
  public boolean clockRuns() {
    return this == INVESTIGATING || this == REFERRAL_PROPOSED;
  }

  /** Refuses {@code action} (taking evidence, recording secret points) on a closed case. */
  void requireOpen(String action) {
    if (this == CLOSED) {
      throw DomainException.conflict(
          "illegal-transition", "cannot " + action + " on a closed case");
    }
  }

  /** Refuses {@code action} on a case that does not stand where the step must start. */
  void require(CaseStatus required, String action) {
    if (this != required) {
      throw DomainException.conflict(
          "illegal-transition",
          "cannot " + action + " on a case that is " + this + "; it must be " + required);
    }
  }
}
