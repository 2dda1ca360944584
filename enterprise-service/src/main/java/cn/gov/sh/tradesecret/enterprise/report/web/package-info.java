/** The HTTP API of online reports. */
package cn.gov.sh.tradesecret.enterprise.report.web;
