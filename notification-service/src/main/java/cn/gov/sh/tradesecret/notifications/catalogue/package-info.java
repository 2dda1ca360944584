/**
 * The public event catalogue: every event type and version agencies may receive, its schema, who
 * publishes it and who must be told of it, as AsyncAPI and as a page.
 */
package cn.gov.sh.tradesecret.notifications.catalogue;
