/** Referrals (移送) of suspected crimes from a market-regulation bureau to the police, from the proposal on. */
package cn.gov.sh.tradesecret.referrals.referral;
