/**
 * Enterprises' online reports (enterprise-service's {@code enterprise-events}), each registered
 * once as a lead of the competent district bureau.
 */
package cn.gov.sh.tradesecret.cases.enterprise;
