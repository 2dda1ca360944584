/**
 * Reverse referrals (反向移送): the police refer an administrative violation back to the district's
 * market-regulation bureau, where it becomes a lead.
 */
package cn.gov.sh.tradesecret.referrals.reverse;
