package cn.gov.sh.tradesecret.pilots.healthcheck;

import cn.gov.sh.tradesecret.events.pilots.RectificationOverdue;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@code RectificationOverdue} once for each rectification item not completed by the end
 * of its due day (Asia/Shanghai). Safe with several instances: each round locks the items it takes
 * ({@code FOR UPDATE SKIP LOCKED}) and marks them notified in the transaction that appends the
 * event to the outbox, so an item is published exactly once whoever runs the round.
 *
 * <p>It appends to the outbox itself: the event is no transition of the health check but the
 * passing of a due day, found in bulk by SQL without loading the aggregates.
 */
@Component
class RectificationOverdueWatch {

  private static final Logger log = LoggerFactory.getLogger(RectificationOverdueWatch.class);
  private static final int BATCH = 200;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Outbox outbox;
  private final Clock clock;

  RectificationOverdueWatch(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      Outbox outbox,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.outbox = outbox;
    this.clock = clock;
  }

  private record Overdue(
      UUID itemId, UUID healthCheckId, UUID pilotId, String district, LocalDate dueOn) {}

  @Scheduled(
      initialDelayString = "${platform.pilots.overdue-watch.initial-delay:PT30S}",
      fixedDelayString = "${platform.pilots.overdue-watch.interval:PT5M}")
  void scheduled() {
    int published = publishOverdue();
    if (published > 0) {
      log.info("{} rectification items found overdue", published);
    }
  }

  /** One round, in batches until none is left: the number of items found overdue now. */
  int publishOverdue() {
    int total = 0;
    int batch;
    do {
      batch = transaction.execute(status -> publishBatch());
      total += batch;
    } while (batch == BATCH);
    return total;
  }

  private int publishBatch() {
    Instant now = clock.instant();
    LocalDate today = WorkingDayCalendar.dayOf(now);
    List<Overdue> overdue =
        jdbc.query(
            """
        select r.id, r.health_check_id, h.pilot_id, h.district, r.due_on
        from rectification_item r join health_check h on h.id = r.health_check_id
        where r.completed_on is null and r.overdue_notified_at is null and r.due_on < ?
        order by r.due_on, r.id
        limit ?
        for update of r skip locked""",
            (rs, n) ->
                new Overdue(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)),
            Date.valueOf(today),
            BATCH);
    for (Overdue item : overdue) {
      jdbc.update(
          "update rectification_item set overdue_notified_at = ? where id = ?",
          Timestamp.from(now),
          item.itemId());
      outbox.append(
          new RectificationOverdue(
              item.itemId().toString(),
              item.healthCheckId().toString(),
              item.pilotId().toString(),
              item.district(),
              item.dueOn(),
              now));
    }
    return overdue.size();
  }
}
