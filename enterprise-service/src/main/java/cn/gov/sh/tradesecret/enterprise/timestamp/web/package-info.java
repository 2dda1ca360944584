/**
 * The timestamping authority over HTTP (RFC 3161, section 3.4): platform accounts send a request,
 * get the authority's answer.
 */
package cn.gov.sh.tradesecret.enterprise.timestamp.web;
