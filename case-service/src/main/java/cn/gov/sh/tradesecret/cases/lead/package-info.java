/**
 * Leads (线索): how a suspected infringement reaches a market-regulation bureau, before any case is
 * filed.
 */
package cn.gov.sh.tradesecret.cases.lead;
