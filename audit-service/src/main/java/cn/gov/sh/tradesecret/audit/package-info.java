/**
 * The audit service: keeps the gateway's audit log and the hash-chained ledger of every event, for
 * operators and the procuratorate.
 */
package cn.gov.sh.tradesecret.audit;
