/** Routing: every event of the platform's topics to the inboxes of the units subscribed to it. */
package cn.gov.sh.tradesecret.notifications.routing;
