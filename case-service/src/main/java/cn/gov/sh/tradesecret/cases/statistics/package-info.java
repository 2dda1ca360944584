/**
 * The figures the white paper reports, computed from the platform's leads and cases: by district
 * and city-wide over a range of years, broken down by the facts recorded on the cases, and the
 * consolidated yearly report as CSV or XLSX.
 */
package cn.gov.sh.tradesecret.cases.statistics;
