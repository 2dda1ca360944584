/** The audit record of a request through the gateway. */
package cn.gov.sh.tradesecret.events.audit;
