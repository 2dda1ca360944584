/** Leads (线索): registration with the field errors in place, and the filing decision. */
package cn.gov.sh.tradesecret.console.lead.web;
