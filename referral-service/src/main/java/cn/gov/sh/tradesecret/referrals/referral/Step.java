package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.support.domain.DomainException;

/** A transition of a referral, as its history records it; one event each. */
public enum Step {
  PROPOSED,
  APPROVED,
  REJECTED,
  TRANSFERRED,
  RECEIPTED,
  FORWARDED,
  ACCEPTED,
  DECLINED,
  RECONSIDERATION_REQUESTED,
  RECONSIDERATION_DECIDED,
  SUPERVISION_REQUESTED,
  EXPLANATION_REQUIRED,
  EXPLANATION_GIVEN,
  FILING_ORDERED,
  SUPERVISION_CLOSED,
  ITEMS_HANDED_OVER;

  /**
   * The refusal of this step when it does not follow the referral's status and supervision: a
   * conflict of the problem type {@value Referral#WRONG_STEP}.
   */
  DomainException refusedAt(ReferralStatus status, SupervisionStatus supervision) {
    return DomainException.conflict(
        Referral.WRONG_STEP,
        "step "
            + this
            + " does not follow status "
            + status
            + " (supervision "
            + supervision
            + ")");
  }
}
