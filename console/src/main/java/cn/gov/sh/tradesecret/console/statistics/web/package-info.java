/**
 * The white paper's tables: the figures of a range of years by district, as charts and as CSV, and
 * the yearly report of the city or a district to download.
 */
package cn.gov.sh.tradesecret.console.statistics.web;
