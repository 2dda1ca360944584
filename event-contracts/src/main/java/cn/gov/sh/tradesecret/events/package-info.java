/**
 * The platform's published contract: the CloudEvents envelope, topics and the catalogue of every
 * event type, in plain Java.
 */
package cn.gov.sh.tradesecret.events;
