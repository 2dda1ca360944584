/**
 * An agency's webhook receiver: verifies, de-duplicates, validates against the platform's event
 * catalogue and stores each event it is sent, then answers at once.
 */
package cn.gov.sh.tradesecret.agency.subscriber;
