/** The live inbox stream at the edge: server-sent events, resumed with Last-Event-ID. */
package cn.gov.sh.tradesecret.notifications.stream.web;
