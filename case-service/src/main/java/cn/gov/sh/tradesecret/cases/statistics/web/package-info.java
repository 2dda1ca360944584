/** The statistics API: the year's figures for market-regulation bureaus and procuratorates. */
package cn.gov.sh.tradesecret.cases.statistics.web;
