/**
 * The reverse referral API: the police refer a matter back to a district's bureau; those who see it
 * read it.
 */
package cn.gov.sh.tradesecret.referrals.reverse.web;
