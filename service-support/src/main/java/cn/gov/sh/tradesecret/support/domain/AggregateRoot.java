package cn.gov.sh.tradesecret.support.domain;

import cn.gov.sh.tradesecret.events.EventPayload;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate that records the events its transitions cause. The method that changes the state
 * records the past-tense fact with {@link #record}; when the repository saves the aggregate, Spring
 * Data hands the recorded events on, and the outbox stores them in the same transaction ({@code
 * RecordedEventsToOutbox}), so an event exists if and only if its change committed. Services never
 * build events.
 */
@MappedSuperclass
public abstract class AggregateRoot<A extends AggregateRoot<A>> extends AbstractAggregateRoot<A> {

  /** Records {@code event} as caused by the transition under way. */
  protected void record(EventPayload event) {
    registerEvent(event);
  }

  /**
   * The events recorded since they were last handed on, oldest first, and forgets them, as a save
   * does: what a unit test of a transition reads.
   */
  public List<Object> takeRecordedEvents() {
    List<Object> events = List.copyOf(domainEvents());
    clearDomainEvents();
    return events;
  }
}
