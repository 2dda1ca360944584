package cn.gov.sh.tradesecret.notifications.replay;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
   * follow it), in one round trip; an event recorded before changes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAll(List<Received> events) {
    if (events.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.batchUpdate("""
        insert into event_history (event_id, event_type, topic, subject, district, occurred_at, received_at, body)
        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
        events.stream().map(received -> new Object[] {UUID.fromString(received.event().id()),
            received.event().type(), received.event().topic(), received.event().subject(),
            received.event().district(), Timestamp.from(received.event().time()), now, received.body()}).toList());
  }
}
