/** The audit trail of every state-changing request, refusals included, sent to audit-service. */
package cn.gov.sh.tradesecret.gateway.audit;
