/** The events enterprise-service publishes on {@code enterprise-events}, through the outbox. */
package cn.gov.sh.tradesecret.enterprise.events;
