/**
 * Self-assessment (自评): sector guides as data; an enterprise answers, gets a score per area and
 * advice, and may share the result with its district bureau.
 */
package cn.gov.sh.tradesecret.enterprise.assessment;
