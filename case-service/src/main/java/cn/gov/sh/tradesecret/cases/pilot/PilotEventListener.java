package cn.gov.sh.tradesecret.cases.pilot;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.pilots.PilotDesignated;
import cn.gov.sh.tradesecret.events.pilots.PilotRevoked;
import cn.gov.sh.tradesecret.support.consumer.EventHandling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#PILOT_EVENTS} once in effect per event; other pilot events are ignored.
 */
@Component
class PilotEventListener {

  private final EventHandling events;
  private final FastChannel fastChannel;

  PilotEventListener(EventHandling events, FastChannel fastChannel) {
    this.events = events;
    this.fastChannel = fastChannel;
  }

  @KafkaListener(topics = Topics.PILOT_EVENTS)
  void on(ConsumerRecord<String, String> record) {
    events.handle(
        record,
        event -> {
          if (event.data() instanceof PilotDesignated designated) {
            fastChannel.designated(designated);
          } else if (event.data() instanceof PilotRevoked revoked) {
            fastChannel.revoked(revoked);
          }
        });
  }
}
