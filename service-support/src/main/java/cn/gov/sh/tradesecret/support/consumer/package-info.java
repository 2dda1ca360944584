/**
 * Consuming events once: the processed-event record and malformed events to the dead-letter topic.
 */
package cn.gov.sh.tradesecret.support.consumer;
