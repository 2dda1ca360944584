/** The statistics API: the programme's counts for the market-regulation bureaus. */
package cn.gov.sh.tradesecret.pilots.statistics.web;
