package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the producing services' topics and puts each event in the inbox of every unit
 * subscribed to it, once (see {@link EventHandling}).
 */
@Component
class EventRouter {

  private final EventHandling handling;
  private final Subscriptions subscriptions;
  private final Inbox inbox;

  EventRouter(EventHandling handling, Subscriptions subscriptions, Inbox inbox) {
    this.handling = handling;
    this.subscriptions = subscriptions;
    this.inbox = inbox;
  }

  @KafkaListener(topics = {Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PILOT_EVENTS})
  void route(ConsumerRecord<String, String> record) {
    handling.handle(record, event -> inbox.deliver(event, subscriptions.inboxRecipients(event)));
  }
}
