/**
 * Judicial confirmation (司法确认) of administrative mediation agreements: requested from the competent
 * court, granted or refused by it.
 */
package cn.gov.sh.tradesecret.referrals.confirmation;
