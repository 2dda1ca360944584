package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The police's acceptance: a criminal case was filed (art. 8).
 *
 * @param filingNotice number of the written filing notice (立案通知书)
 */
record AcceptReferralRequest(@NotBlank @Size(max = 100) String filingNotice) {}
