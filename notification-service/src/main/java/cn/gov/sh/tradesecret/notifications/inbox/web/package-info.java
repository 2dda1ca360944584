/** The inbox on the API: the calling officer's unit's entries, unread count and read receipts. */
package cn.gov.sh.tradesecret.notifications.inbox.web;
