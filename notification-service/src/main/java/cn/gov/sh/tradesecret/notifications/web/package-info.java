/** What every request of this API meets at the edge before a controller: the limit on its body. */
package cn.gov.sh.tradesecret.notifications.web;
