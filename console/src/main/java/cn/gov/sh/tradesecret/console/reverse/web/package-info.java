/**
 * Reverse referrals (反向移送): matters the police hand back to a district's market-regulation bureau,
 * which registers them as leads.
 */
package cn.gov.sh.tradesecret.console.reverse.web;
