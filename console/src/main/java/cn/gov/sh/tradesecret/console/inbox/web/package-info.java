/** The unit's inbox: the notices of every agency, and the unread count kept live. */
package cn.gov.sh.tradesecret.console.inbox.web;
