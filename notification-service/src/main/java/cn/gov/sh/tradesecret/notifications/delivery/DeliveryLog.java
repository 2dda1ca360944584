package cn.gov.sh.tradesecret.notifications.delivery;

import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log: every message and every attempt of it, per endpoint; dead letters and their
 * replay. An endpoint's log is its owner unit's; operators see every endpoint's.
 */
@Service
public class DeliveryLog {

  private static final String COLUMNS =
      """
      d.id, d.endpoint_id, d.event_id, d.event_type, d.subject, d.replay_id, d.status, d.attempts, d.next_attempt_at,
      d.created_at, d.delivered_at, d.dead_at, d.last_status_code, d.last_error""";
  private static final RowMapper<Delivery> DELIVERY = DeliveryLog::delivery;

  private final JdbcTemplate jdbc;
  private final WebhookEndpoints endpoints;
  private final DeliveryQueue queue;

  DeliveryLog(JdbcTemplate jdbc, WebhookEndpoints endpoints, DeliveryQueue queue) {
    this.jdbc = jdbc;
    this.endpoints = endpoints;
    this.queue = queue;
  }

  /** A message with its event and attempts. */
  public record Detail(Delivery delivery, String event, List<Delivery.Attempt> attempts) {}

  /** An endpoint's health: its state and what its messages are doing. */
  public record Health(
      UUID endpointId,
      String status,
      String disabledReason,
      Instant failingSince,
      Instant lastSuccessAt,
      Instant lastFailureAt,
      long pending,
      long dead,
      long deliveredLast24h,
      long failedAttemptsLast24h) {}

  /**
   * Messages, newest first: of one endpoint, or of every endpoint the officer may see; optionally
   * of one status.
   */
  @Transactional(readOnly = true)
  public Page<Delivery> list(Officer officer, UUID endpointId, String status, Pageable pageable) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (endpointId != null) {
      endpoints.find(endpointId, officer);
      where.append(" and d.endpoint_id = ?");
      args.add(endpointId);
    } else if (!officer.hasRole(Officer.OPERATOR)) {
      where.append(" and e.unit = ?");
      args.add(officer.unit());
    }
    if (status != null) {
      where.append(" and d.status = ?");
      args.add(status);
    }
    String from = " from delivery d join webhook_endpoint e on e.id = d.endpoint_id" + where;
    Long total = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(pageable.getPageSize());
    pageArgs.add(pageable.getOffset());
    List<Delivery> items =
        jdbc.query(
            "select " + COLUMNS + from + " order by d.seq desc limit ? offset ?",
            DELIVERY,
            pageArgs.toArray());
    return new PageImpl<>(items, pageable, total == null ? 0 : total);
  }

  @Transactional(readOnly = true)
  public Detail find(UUID id, Officer officer) {
    Delivery delivery = visible(id, officer);
    String event =
        jdbc.queryForObject(
            "select body from event_history where event_id = ?", String.class, delivery.eventId());
    List<Delivery.Attempt> attempts =
        jdbc.query(
            """
        select attempted_at, status_code, latency_ms, error from delivery_attempt where delivery_id = ? order by id""",
            (rs, row) ->
                new Delivery.Attempt(
                    rs.getTimestamp(1).toInstant(),
                    (Integer) rs.getObject(2),
                    rs.getInt(3),
                    rs.getString(4)),
            id);
    return new Detail(delivery, event, attempts);
  }

  /**
   * Sends a dead letter again, now, with the same {@code webhook-id} and a fresh schedule: a
   * receiver that already has it recognizes it.
   */
  @Transactional
  public Delivery replayDeadLetter(UUID id, Officer officer) {
    Delivery delivery = visible(id, officer);
    if (!"DEAD".equals(delivery.status())) {
      throw DomainException.conflict(
          "not-a-dead-letter",
          "only a dead letter can be replayed; this message is " + delivery.status());
    }
    jdbc.update(
        """
        update delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), dead_at = null
        where id = ? and status = 'DEAD'""",
        id);
    queue.wakeWorkersAfterCommit(1);
    return jdbc.queryForObject(
        "select " + COLUMNS + " from delivery d where d.id = ?", DELIVERY, id);
  }

  @Transactional(readOnly = true)
  public Health health(UUID endpointId, Officer officer) {
    var endpoint = endpoints.find(endpointId, officer);
    Map<String, Object> counts =
        jdbc.queryForMap(
            """
        select (select count(*) from delivery where endpoint_id = ? and status = 'PENDING') as pending,
               (select count(*) from delivery where endpoint_id = ? and status = 'DEAD') as dead,
               (select count(*) from delivery where endpoint_id = ? and status = 'DELIVERED'
                  and delivered_at > now() - interval '24 hours') as delivered,
               (select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id
                 where d.endpoint_id = ? and a.attempted_at > now() - interval '24 hours'
                   and (a.status_code is null or a.status_code not between 200 and 299)) as failed""",
            endpointId,
            endpointId,
            endpointId,
            endpointId);
    return new Health(
        endpointId,
        endpoint.getStatus().name(),
        endpoint.getDisabledReason(),
        endpoint.getFailingSince(),
        endpoint.getLastSuccessAt(),
        endpoint.getLastFailureAt(),
        ((Number) counts.get("pending")).longValue(),
        ((Number) counts.get("dead")).longValue(),
        ((Number) counts.get("delivered")).longValue(),
        ((Number) counts.get("failed")).longValue());
  }

  private Delivery visible(UUID id, Officer officer) {
    List<Delivery> found =
        jdbc.query("select " + COLUMNS + " from delivery d where d.id = ?", DELIVERY, id);
    if (found.isEmpty()) {
      throw DomainException.notFound("delivery", id);
    }
    try {
      endpoints.find(found.get(0).endpointId(), officer);
    } catch (DomainException notTheirs) {
      throw DomainException.notFound("delivery", id);
    }
    return found.get(0);
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, UUID.class),
        rs.getString(7),
        rs.getInt(8),
        instant(rs.getTimestamp(9)),
        instant(rs.getTimestamp(10)),
        instant(rs.getTimestamp(11)),
        instant(rs.getTimestamp(12)),
        (Integer) rs.getObject(13),
        rs.getString(14));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
