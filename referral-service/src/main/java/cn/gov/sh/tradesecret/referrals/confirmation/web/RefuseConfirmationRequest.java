package cn.gov.sh.tradesecret.referrals.confirmation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A court's refusal to confirm a mediation agreement.
 *
 * @param reasons the court's reasons
 */
record RefuseConfirmationRequest(@NotBlank @Size(max = 4000) String reasons) {}
