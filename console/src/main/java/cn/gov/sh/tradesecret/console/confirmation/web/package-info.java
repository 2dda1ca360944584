/**
 * Judicial confirmation (司法确认) of mediation agreements: the court's requests, granted or refused.
 */
package cn.gov.sh.tradesecret.console.confirmation.web;
