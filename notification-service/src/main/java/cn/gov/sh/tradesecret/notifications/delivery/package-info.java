/**
 * Webhook deliveries: signed attempts with back-off, order per aggregate and endpoint, dead letters
 * and the delivery log.
 */
package cn.gov.sh.tradesecret.notifications.delivery;
