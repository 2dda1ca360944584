/**
 * Webhook endpoints on the API: a unit registers its systems, rotates their secrets and enables
 * them again.
 */
package cn.gov.sh.tradesecret.notifications.webhook.web;
