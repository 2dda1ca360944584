package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The police's decision on a reconsideration (art. 9).
 *
 * @param outcome ACCEPTED (a criminal case is filed) or DECLINE_UPHELD
 * @param reasons the written reasons
 * @param filingNotice the filing notice's number, required when ACCEPTED
 */
record ReconsiderationDecisionRequest(
    @NotNull Outcome outcome,
    @NotBlank @Size(max = 4000) String reasons,
    @Size(max = 100) String filingNotice) {

  enum Outcome {
    ACCEPTED,
    DECLINE_UPHELD
  }
}
