/**
 * Infringement cases (案件): the case page with its timeline, evidence (fingerprinted in the
 * browser), the penalty decision and the referral proposal.
 */
package cn.gov.sh.tradesecret.console.cases.web;
