/**
 * The judicial confirmation API: courts read, grant or refuse the confirmation of a mediation
 * agreement.
 */
package cn.gov.sh.tradesecret.referrals.confirmation.web;
