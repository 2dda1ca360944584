/**
 * What every service's domain shares: aggregates that record their events, and refusals that know
 * no HTTP.
 */
package cn.gov.sh.tradesecret.support.domain;
