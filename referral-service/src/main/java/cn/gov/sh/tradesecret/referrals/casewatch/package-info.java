/** Case watch: follows case-service's events to spot cases that reached the crime threshold (不得以罚代刑). */
package cn.gov.sh.tradesecret.referrals.casewatch;
