package cn.gov.sh.tradesecret.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery workers' SQL: the claim of a due message, and the recording of an attempt's outcome
 * on the message, its endpoint and its log of attempts, with the claim's row mapping. Each runs in
 * the transaction of the attempt ({@link DeliveryWorker}).
 */
final class DeliveryStatements {

  /**
   * Claims, in one statement, the first due message that heads its line, locked, with what its
   * attempt needs, and tells how many messages are due.
   *
   * <p>{@code due}: due messages in claim order, lowest (next_attempt_at, seq) first, at most
   * {@code ?} (null: all); one index (delivery_due) gives the order, so the plan is an index walk.
   * {@code claimed}: of those, the first that heads its line ("heads its line": the first pending
   * message of the line in the order of delivery_line, a one-row index descent). The candidates are
   * an array, computed once: EXPLAIN ANALYZE showed the planner, on a young table's statistics,
   * serving a NOT EXISTS line check with whichever index holds {@code seq} (1.4 s per claim at
   * 1,700 pending) and re-running an IN subquery per row (0.2 s); and, in a burst, turning an
   * EXISTS check of the endpoint into a scan of all the endpoint's messages (7 ms): the line and
   * endpoint checks are scalar subqueries, one index descent per candidate. Always one row: the
   * number of due messages, and the claimed message's columns, null if none could be claimed. The
   * signing secrets are those not yet expired at the service's time (the second {@code ?}):
   * rotation sets their expiry on that clock ({@code WebhookSecret.isValidAt}).
   */
  static final String CLAIM =
      """
      with due as (
        select id from delivery where status = 'PENDING' and next_attempt_at <= now()
        order by next_attempt_at, seq limit ?),
      claimed as (
        select d.id, d.endpoint_id, d.event_id, d.attempts from delivery d
        where d.id = any(array(select id from due)) and d.status = 'PENDING' and d.next_attempt_at <= now()
          and d.seq = (select l.seq from delivery l where l.line = d.line and l.status = 'PENDING'
                       order by l.line, l.seq limit 1)
          and (select e.status from webhook_endpoint e where e.id = d.endpoint_id) = 'ENABLED'
        order by d.next_attempt_at, d.seq
        limit 1
        for update of d skip locked)
      select (select count(*) from due), c.id, c.endpoint_id, e.url, h.body, c.attempts, h.occurred_at,
             array(select s.id || ':' || s.secret from webhook_secret s
                   where s.endpoint_id = c.endpoint_id and (s.expires_at is null or s.expires_at > ?)
                   order by s.created_at desc)
      from (select 1) one
        left join (claimed c join webhook_endpoint e on e.id = c.endpoint_id
                             join event_history h on h.event_id = c.event_id) on true""";

  /**
   * A 2xx: the attempt is logged, the message delivered, and the endpoint's failure streak ends, in
   * one round trip. The endpoint's last success is kept to the second, so that concurrent
   * deliveries to one endpoint do not queue on its row.
   */
  static final String DELIVERED =
      """
      with attempt as (
        insert into delivery_attempt (delivery_id, attempted_at, status_code, latency_ms, error)
        values (?, now(), ?, ?, null)),
      endpoint as (
        update webhook_endpoint set last_success_at = now(), failing_since = null
        where id = ? and (failing_since is not null or last_success_at is null
                          or last_success_at < now() - interval '1 second'))
      update delivery set status = 'DELIVERED', attempts = ?, delivered_at = now(), last_status_code = ?,
                          last_error = null
      where id = ?""";

  /** A claimed message, with what its attempt needs. */
  record Due(
      UUID id,
      UUID endpointId,
      String url,
      String body,
      int attempts,
      Instant occurredAt,
      List<String> signingSecrets) {}

  /** What a claim found: how many messages were due, and the one claimed, if any. */
  record Claim(long due, Optional<Due> message) {}

  private final JdbcTemplate jdbc;

  DeliveryStatements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims a message ({@link #CLAIM}) among the first {@code candidates} due (null: all), signed
   * with the secrets valid at {@code now}, the service's time.
   */
  Claim claim(Integer candidates, Instant now) {
    return jdbc.queryForObject(CLAIM, (rs, row) -> claimFrom(rs), candidates, Timestamp.from(now));
  }

  /** The claim's one row. */
  static Claim claimFrom(ResultSet rs) throws SQLException {
    long due = rs.getLong(1);
    UUID id = rs.getObject(2, UUID.class);
    if (id == null) {
      return new Claim(due, Optional.empty());
    }
    List<String> signingSecrets = List.of((String[]) rs.getArray(8).getArray());
    return new Claim(
        due,
        Optional.of(
            new Due(
                id,
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getTimestamp(7).toInstant(),
                signingSecrets)));
  }

  /** Records a 2xx ({@link #DELIVERED}); {@code attempts} counts this one. */
  void delivered(Due message, int attempts, WebhookSender.Outcome outcome) {
    jdbc.update(
        DELIVERED,
        message.id(),
        outcome.statusCode(),
        (int) outcome.latencyMillis(),
        message.endpointId(),
        attempts,
        outcome.statusCode(),
        message.id());
  }

  /** Logs a failed attempt on the message. */
  void attemptFailed(Due message, WebhookSender.Outcome outcome) {
    jdbc.update(
        """
        insert into delivery_attempt (delivery_id, attempted_at, status_code, latency_ms, error)
        values (?, now(), ?, ?, ?)""",
        message.id(),
        outcome.statusCode(),
        (int) outcome.latencyMillis(),
        outcome.error());
  }

  /** After a failed attempt, the message is due again {@code retry} from now. */
  void retryLater(Due message, int attempts, Duration retry, WebhookSender.Outcome outcome) {
    jdbc.update(
        """
        update delivery set attempts = ?, next_attempt_at = now() + make_interval(secs => ?), last_status_code = ?,
                            last_error = ?
        where id = ?""",
        attempts,
        retry.toMillis() / 1000.0,
        outcome.statusCode(),
        outcome.error(),
        message.id());
  }

  /** After a failed attempt with no retry left, the message is dead. */
  void dead(Due message, int attempts, WebhookSender.Outcome outcome) {
    jdbc.update(
        """
        update delivery set status = 'DEAD', attempts = ?, dead_at = now(), last_status_code = ?, last_error = ?
        where id = ?""",
        attempts,
        outcome.statusCode(),
        outcome.error(),
        message.id());
  }
}
