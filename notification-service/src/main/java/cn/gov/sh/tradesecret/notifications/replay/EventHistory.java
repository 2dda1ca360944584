package cn.gov.sh.tradesecret.notifications.replay;

/**
 * Every event this service received, as it was published, in the order received (which keeps the
 * order of each aggregate). Kept in the database for {@code platform.notifications.history.retention}
 * (180 days by default, the 90 days of replay the agencies are promised with a margin): the
 * platform's topics keep only days.
 */
public final class EventHistory {

  /**
   * The router's statement records a poll's events with this insert, from its {@code incoming}
   * rows (event_id, event_type, topic, subject, district, occurred_at, received_at, body, position),
   * in the order of the poll (their sequence numbers follow it). It returns the ids of the events
   * not recorded before: the history is the router's once-per-event record, so an event Kafka
   * delivers again is not routed again.
   */
  public static final String RECORD = """
      insert into event_history (event_id, event_type, topic, subject, district, occurred_at, received_at, body)
      select event_id, event_type, topic, subject, district, occurred_at, received_at, body from incoming
      order by position
      on conflict (event_id) do nothing
      returning event_id""";

  private EventHistory() {}
}
