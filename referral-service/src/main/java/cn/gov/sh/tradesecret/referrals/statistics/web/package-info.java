/** The statistics API: the referral figures of a district or the city and year. */
package cn.gov.sh.tradesecret.referrals.statistics.web;
