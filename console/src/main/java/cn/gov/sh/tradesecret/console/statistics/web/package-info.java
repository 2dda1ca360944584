/** The white paper's tables: the year's figures by district, as charts and as CSV. */
package cn.gov.sh.tradesecret.console.statistics.web;
