/**
 * Legal deadlines of leads and cases on the working-day calendar, and the watch that announces
 * them.
 */
package cn.gov.sh.tradesecret.cases.deadline;
