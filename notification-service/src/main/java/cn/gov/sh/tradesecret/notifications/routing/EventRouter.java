package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryQueue;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.replay.EventHistory;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes the producing services' topics and, once per event (see {@link EventHandling}), in one
 * transaction: records it in the history, puts it in the inbox of every unit subscribed to it or
 * addressed by it, and queues a message for every webhook endpoint subscribed to it.
 */
@Component
class EventRouter {

  private final EventHandling handling;
  private final Subscriptions subscriptions;
  private final Inbox inbox;
  private final EventHistory history;
  private final DeliveryQueue deliveries;
  private final JsonMapper json;

  EventRouter(EventHandling handling, Subscriptions subscriptions, Inbox inbox, EventHistory history,
      DeliveryQueue deliveries, JsonMapper json) {
    this.handling = handling;
    this.subscriptions = subscriptions;
    this.inbox = inbox;
    this.history = history;
    this.deliveries = deliveries;
    this.json = json;
  }

  @KafkaListener(topics = {Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PILOT_EVENTS})
  void route(ConsumerRecord<String, String> record) {
    handling.handle(record, this::route);
  }

  private void route(EventEnvelope<EventPayload> event) {
    history.record(event, json.writeValueAsString(event));
    inbox.deliver(event, subscriptions.inboxRecipients(event));
    Set<UUID> endpoints = subscriptions.webhookEndpoints(event);
    if (!endpoints.isEmpty()) {
      deliveries.enqueue(UUID.fromString(event.id()), event.type(), event.subject(), endpoints, null);
    }
  }
}
