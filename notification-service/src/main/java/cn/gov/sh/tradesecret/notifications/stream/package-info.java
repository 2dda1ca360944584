/**
 * Live inbox streams: server-sent events of each new inbox entry to the officers of its unit, on
 * any instance.
 */
package cn.gov.sh.tradesecret.notifications.stream;
