/**
 * Statistics by district and year: referrals by type and outcome, median time of each step,
 * deadline breaches by agency.
 */
package cn.gov.sh.tradesecret.referrals.statistics;
