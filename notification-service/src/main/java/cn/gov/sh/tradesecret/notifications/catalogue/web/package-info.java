/** The catalogue over HTTP, without a token: AsyncAPI (JSON, YAML), the schemas and the page. */
package cn.gov.sh.tradesecret.notifications.catalogue.web;
