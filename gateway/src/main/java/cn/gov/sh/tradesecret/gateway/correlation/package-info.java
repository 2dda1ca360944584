/** Correlation ids that follow a request through every service and back to the caller. */
package cn.gov.sh.tradesecret.gateway.correlation;
