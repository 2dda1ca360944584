/**
 * Webhook endpoints: the agencies' own systems, their signing secrets (rotatable) and their state.
 */
package cn.gov.sh.tradesecret.notifications.webhook;
