/**
 * The unit's notification settings and their delivery: subscriptions, webhook endpoints (secret
 * shown once, rotation, health), deliveries and dead letters with replay.
 */
package cn.gov.sh.tradesecret.console.notification.web;
