/**
 * The referral API: one endpoint per step of the procedure, for the bureau, the police and the
 * procuratorate.
 */
package cn.gov.sh.tradesecret.referrals.referral.web;
