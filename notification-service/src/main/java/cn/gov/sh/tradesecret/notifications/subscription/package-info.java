/** Subscriptions: which agency unit is told of which events, through which channel. */
package cn.gov.sh.tradesecret.notifications.subscription;
