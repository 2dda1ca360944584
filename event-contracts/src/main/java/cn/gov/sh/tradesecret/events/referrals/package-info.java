/**
 * Events of referral-service: each step of a referral between bureau, police, procuratorate and
 * court, its deadlines and supervision.
 */
package cn.gov.sh.tradesecret.events.referrals;
