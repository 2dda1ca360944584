package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#CASE_EVENTS} once in effect per event; unreadable messages and
 * repeated failures go to its dead-letter topic (service-support's error handler). Event types
 * the case watch has no use for are recorded as processed and otherwise ignored.
 */
@Component
class CaseEventListener {

  private final EventHandling events;
  private final CaseWatch watch;

  CaseEventListener(EventHandling events, CaseWatch watch) {
    this.events = events;
    this.watch = watch;
  }

  @KafkaListener(topics = Topics.CASE_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(record, event -> {
      if (event.data() instanceof LeadRegistered lead) {
        watch.leadRegistered(lead, event.time());
      }
    });
  }
}
