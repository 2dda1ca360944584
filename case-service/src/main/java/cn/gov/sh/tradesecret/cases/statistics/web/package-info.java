/**
 * The statistics API: the figures of a range of years and the yearly report, for market-regulation
 * bureaus and procuratorates.
 */
package cn.gov.sh.tradesecret.cases.statistics.web;
