package cn.gov.sh.tradesecret.notifications.replay;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every event this service received, as it was published, in the order received (which keeps the
 * order of each aggregate). Kept in the database for {@code platform.notifications.history.retention}
 * (180 days by default, the 90 days of replay the agencies are promised with a margin): the
 * platform's topics keep only days.
 */
@Component
public class EventHistory {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  EventHistory(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An event with its body as published. */
  public record Received(EventEnvelope<?> event, String body) {}

  /**
   * Records the events in the consuming transaction, in the order given (their sequence numbers
   * follow it), in one round trip, and returns those not recorded before, each once (an event twice
   * in the list counts once), in their order. The history is the consumer's once-per-event record:
   * an event redelivered by Kafka is not in the result.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Received> recordFirstTime(List<Received> events) {
    Map<UUID, Received> distinct = new LinkedHashMap<>();
    for (Received received : events) {
      distinct.putIfAbsent(UUID.fromString(received.event().id()), received);
    }
    if (distinct.isEmpty()) {
      return List.of();
    }
    List<EventEnvelope<?>> envelopes = distinct.values().stream().<EventEnvelope<?>>map(Received::event).toList();
    Set<UUID> recorded = new HashSet<>(jdbc.execute((ConnectionCallback<List<UUID>>) connection -> jdbc.query("""
        insert into event_history (event_id, event_type, topic, subject, district, occurred_at, received_at, body)
        select id, type, topic, subject, district, occurred_at, ?, body
        from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[])
             with ordinality as e (id, type, topic, subject, district, occurred_at, body, position)
        order by position
        on conflict (event_id) do nothing
        returning event_id""", (rs, row) -> rs.getObject(1, UUID.class), Timestamp.from(clock.instant()),
        connection.createArrayOf("uuid", distinct.keySet().toArray()),
        connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::type).toArray()),
        connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::topic).toArray()),
        connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::subject).toArray()),
        connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::district).toArray()),
        connection.createArrayOf("timestamptz", envelopes.stream().map(e -> Timestamp.from(e.time())).toArray()),
        connection.createArrayOf("text", distinct.values().stream().map(Received::body).toArray()))));
    return distinct.entrySet().stream().filter(entry -> recorded.contains(entry.getKey())).map(Map.Entry::getValue)
        .toList();
  }
}
