/**
 * The audit log: every state-changing request at the gateway, refusals included; read-only through
 * the API.
 */
package cn.gov.sh.tradesecret.audit.record;
