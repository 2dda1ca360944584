/**
 * Metrics of the webhook deliveries on /actuator/prometheus: outcomes, latency percentiles, queue
 * depth.
 */
package cn.gov.sh.tradesecret.notifications.metrics;
