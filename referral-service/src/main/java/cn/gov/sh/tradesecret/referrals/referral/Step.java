package cn.gov.sh.tradesecret.referrals.referral;

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
  ITEMS_HANDED_OVER
}
