package cn.gov.sh.tradesecret.referrals.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands in the procedure of the State Council regulation on the transfer of
 * suspected criminal cases by administrative law-enforcement agencies (2020 revision), and which
 * status may follow which. Supervision by the procuratorate runs beside it ({@link
 * SupervisionStatus}).
 */
public enum ReferralStatus {
  /** The case team proposed it; the head approves or rejects within 3 days (art. 5). */
  PROPOSED,
  /** Approved; to be transferred to the police of the same level within 24 hours (art. 5). */
  APPROVED,
  /** The head rejected it, reasons on record (art. 5). Final. */
  REJECTED,
  /** Transferred with the five materials (art. 6), awaiting the police's receipt. */
  TRANSFERRED,
  /**
   * The police signed the receipt (art. 7); they decide within 3 days (art. 8), or forward within
   * 24 hours when not competent (art. 7).
   */
  RECEIPTED,
  /**
   * Forwarded by a police unit that is not competent to the competent one (art. 7), awaiting its
   * receipt.
   */
  FORWARDED,
  /** The police filed a criminal case (art. 8); the bureau hands over the items within 3 days. */
  ACCEPTED,
  /** The police declined, reasons in writing, materials returned (art. 8). */
  DECLINED,
  /** The bureau asked the police to reconsider within 3 days of the decline (art. 9). */
  RECONSIDERATION_REQUESTED,
  /** The police upheld their decline on reconsideration (art. 9). */
  DECLINE_UPHELD,
  /** The bureau handed over the items involved after the filing. Final. */
  ITEMS_HANDED_OVER;

  /** The statuses that may follow this one. */
  Set<ReferralStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(APPROVED, REJECTED);
      case APPROVED -> EnumSet.of(TRANSFERRED);
      case TRANSFERRED, FORWARDED -> EnumSet.of(RECEIPTED);
      case RECEIPTED -> EnumSet.of(FORWARDED, ACCEPTED, DECLINED);
      // a declined referral is accepted only on the procuratorate's order to file (see
      // Referral#accept)
      case DECLINED -> EnumSet.of(RECONSIDERATION_REQUESTED, ACCEPTED);
      case RECONSIDERATION_REQUESTED -> EnumSet.of(ACCEPTED, DECLINE_UPHELD);
      case DECLINE_UPHELD -> EnumSet.of(ACCEPTED);
      case ACCEPTED -> EnumSet.of(ITEMS_HANDED_OVER);
      case REJECTED, ITEMS_HANDED_OVER -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  /**
   * {@code target}, when it may follow this status; otherwise {@code step} is refused ({@value
   * Referral#WRONG_STEP}), the supervision named in the refusal.
   */
  ReferralStatus moveTo(ReferralStatus target, Step step, SupervisionStatus supervision) {
    if (!next().contains(target)) {
      throw step.refusedAt(this, supervision);
    }
    return target;
  }

  /**
   * The police decided against it (first decision or on reconsideration): the bureau may seek
   * supervision.
   */
  boolean isDeclined() {
    return this == DECLINED || this == RECONSIDERATION_REQUESTED || this == DECLINE_UPHELD;
  }

  /** The police took a decision (accepted or declined): a case so referred was not omitted. */
  public boolean isDecidedByPolice() {
    return isDeclined() || this == ACCEPTED || this == ITEMS_HANDED_OVER;
  }
}
