package cn.gov.sh.tradesecret.referrals.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * The procuratorate's supervision of a declined referral (立案监督, art. 9 of the regulation):
 * requested by the bureau, the procurator may require the police to explain the decline (answer
 * within 7 days) and may order them to file (within 15 days), or close it.
 */
public enum SupervisionStatus {
  NONE,
  REQUESTED,
  EXPLANATION_REQUIRED,
  EXPLAINED,
  FILING_ORDERED,
  CLOSED;

  Set<SupervisionStatus> next() {
    return switch (this) {
      case NONE -> EnumSet.of(REQUESTED);
      case REQUESTED -> EnumSet.of(EXPLANATION_REQUIRED, FILING_ORDERED, CLOSED);
      case EXPLANATION_REQUIRED -> EnumSet.of(EXPLAINED, FILING_ORDERED, CLOSED);
      case EXPLAINED -> EnumSet.of(FILING_ORDERED, CLOSED);
      case FILING_ORDERED, CLOSED -> EnumSet.noneOf(SupervisionStatus.class);
    };
  }

  /**
   * {@code target}, when it may follow this supervision status; otherwise {@code step} is refused
   * ({@value Referral#WRONG_STEP}), the referral's status named in the refusal.
   */
  SupervisionStatus superviseTo(SupervisionStatus target, Step step, ReferralStatus status) {
    if (!next().contains(target)) {
      throw step.refusedAt(status, this);
    }
    return target;
  }
}
