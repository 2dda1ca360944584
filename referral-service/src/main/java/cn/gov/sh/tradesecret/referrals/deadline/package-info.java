/**
 * Deadlines: the legal clock of every referral step, the 75% and breach events, and the scheduler
 * that evaluates them.
 */
package cn.gov.sh.tradesecret.referrals.deadline;
