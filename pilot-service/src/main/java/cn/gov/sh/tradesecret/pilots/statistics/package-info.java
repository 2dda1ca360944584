/**
 * The white paper's counts of the pilot programme: pilots by district, level, kind, industry and
 * status; health checks, findings and rectifications.
 */
package cn.gov.sh.tradesecret.pilots.statistics;
