package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A police unit's forwarding to the competent unit (art. 7).
 *
 * @param toPoliceUnit the competent police unit, e.g. {@code PSB-310104}
 * @param reasons why this unit is not competent
 */
record ForwardReferralRequest(
    @NotBlank @Size(max = 40) String toPoliceUnit, @NotBlank @Size(max = 4000) String reasons) {}
