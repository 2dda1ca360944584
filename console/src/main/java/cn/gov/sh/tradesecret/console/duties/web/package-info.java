/** What falls due: every lead and case clock of the officer's unit, the nearest first. */
package cn.gov.sh.tradesecret.console.duties.web;
