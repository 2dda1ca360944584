/**
 * The figures the white paper reports: leads, cases filed and closed, fines and confiscations,
 * referrals by district and year.
 */
package cn.gov.sh.tradesecret.cases.statistics;
