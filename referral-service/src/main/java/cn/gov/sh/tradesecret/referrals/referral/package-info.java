/**
 * Referrals (移送) of suspected crimes from a market-regulation bureau to the police: the aggregate,
 * its steps and their history.
 */
package cn.gov.sh.tradesecret.referrals.referral;
