/**
 * The transactional outbox and its relay to Kafka: an event exists if and only if its change
 * committed.
 */
package cn.gov.sh.tradesecret.support.outbox;
