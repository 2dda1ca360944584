/**
 * referral-service: referrals of suspected crimes from the bureaus to the police (行刑衔接),
 * supervision, reverse referrals and judicial confirmation.
 */
package cn.gov.sh.tradesecret.referrals;
