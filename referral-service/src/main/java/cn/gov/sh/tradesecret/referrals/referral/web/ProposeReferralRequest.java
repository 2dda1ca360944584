package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A referral as a case team proposes it.
 *
 * @param caseId the administrative case (or lead) of case-service the suspected crime was found in
 * @param district district of the case: its market-regulation bureau is the referring unit
 * @param reason why the facts suggest a crime (amount of the loss or gain, circumstances)
 */
record ProposeReferralRequest(
    @NotBlank @Size(max = 64) String caseId,
    @NotBlank @Size(max = 6) String district,
    @NotBlank @Size(max = 4000) String reason) {}
