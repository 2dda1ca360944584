package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A step that needs written reasons: a rejection, a decline, a request for reconsideration or
 * supervision, a procurator's requirement, order or conclusion, the police's explanation.
 *
 * @param reasons the written reasons (no secret point)
 */
record ReasonsRequest(@NotBlank @Size(max = 4000) String reasons) {}
