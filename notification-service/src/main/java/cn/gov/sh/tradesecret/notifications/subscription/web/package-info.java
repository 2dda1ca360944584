/**
 * Subscriptions on the API: a unit subscribes to events, through its inbox or a webhook endpoint,
 * and unsubscribes.
 */
package cn.gov.sh.tradesecret.notifications.subscription.web;
