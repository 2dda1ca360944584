/**
 * What enterprises send through enterprise-service ({@code enterprise-events}): online reports,
 * each registered once as a lead of the competent district bureau, and evidence deposits, which an
 * officer attaches to a case's evidence by their receipts.
 */
package cn.gov.sh.tradesecret.cases.enterprise;
