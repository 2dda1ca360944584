/**
 * Case watch: consumes case-service's events, opens referrals and confirmation requests from them,
 * and alerts the procuratorate to cases that should have been referred (不得以罚代刑).
 */
package cn.gov.sh.tradesecret.referrals.casewatch;
