/**
 * notification-service: routes every domain event to the agencies' inboxes and webhooks; one
 * package per feature.
 */
package cn.gov.sh.tradesecret.notifications;
