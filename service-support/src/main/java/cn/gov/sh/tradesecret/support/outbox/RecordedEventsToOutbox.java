package cn.gov.sh.tradesecret.support.outbox;

import cn.gov.sh.tradesecret.events.EventPayload;
import org.springframework.context.event.EventListener;

/**
 * The one path from an aggregate's recorded events to Kafka: Spring Data publishes them when the
 * aggregate is saved, in the caller's transaction, and this listener appends each to the outbox
 * there.
 */
public class RecordedEventsToOutbox {

  private final Outbox outbox;

  public RecordedEventsToOutbox(Outbox outbox) {
    this.outbox = outbox;
  }

  @EventListener
  void on(EventPayload event) {
    outbox.append(event);
  }
}
