package cn.gov.sh.tradesecret.notifications.replay;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import java.sql.Timestamp;
import java.time.Clock;
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

  /** Records the event in the consuming transaction; a second time changes nothing. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(EventEnvelope<?> event, String body) {
    jdbc.update("""
        insert into event_history (event_id, event_type, topic, subject, district, occurred_at, received_at, body)
        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
        UUID.fromString(event.id()), event.type(), event.topic(), event.subject(), event.district(),
        Timestamp.from(event.time()), Timestamp.from(clock.instant()), body);
  }
}
