/**
 * Events of notification-service: webhook endpoints disabled and the like, for the agencies'
 * operators.
 */
package cn.gov.sh.tradesecret.events.notifications;
