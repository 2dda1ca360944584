/**
 * Replay: the history of every event received (kept 180 days in the database) and its redelivery to
 * an endpoint since a time.
 */
package cn.gov.sh.tradesecret.notifications.replay;
