/**
 * Referrals of suspected crimes (行刑衔接): the head's approvals, the police unit's receipt, acceptance
 * or decline, and every step with its clocks for the procuratorate.
 */
package cn.gov.sh.tradesecret.console.referral.web;
