/**
 * The delivery log, dead letters and endpoint health on the API, for the endpoint's owner unit and
 * operators.
 */
package cn.gov.sh.tradesecret.notifications.delivery.web;
