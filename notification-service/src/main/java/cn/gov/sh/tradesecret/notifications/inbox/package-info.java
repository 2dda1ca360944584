/**
 * Inboxes: what each agency unit was told, and whether it read it (a read receipt for the sender).
 */
package cn.gov.sh.tradesecret.notifications.inbox;
