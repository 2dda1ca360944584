package cn.gov.sh.tradesecret.cases.deadline;

import cn.gov.sh.tradesecret.events.cases.CaseDeadlineApproaching;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineBreached;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineEscalated;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces deadlines of open leads and running cases that reach 75% of their time, to the head of
 * the owning bureau ({@link CaseDeadlineEscalated}), that come within 3 working days ({@link
 * CaseDeadlineApproaching}) and that pass, to the procuratorate ({@link CaseDeadlineBreached}),
 * once per deadline date: a {@code deadline_notice} row is inserted in the transaction of the
 * event, so several instances (and a repeated run) publish each notice once. A transaction-scoped
 * advisory lock keeps the other instances from doing the same work meanwhile. An extension moves
 * the date, so the new date is announced again.
 */
@Component
public class DeadlineWatch {

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
  private static final long LOCK = 0x6361_7365_646c_6e4cL; // "casedlnL"

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final DecisionDeadlines deadlines;
  private final Clock clock;

  DeadlineWatch(JdbcTemplate jdbc, Outbox outbox, DecisionDeadlines deadlines, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  private record Watched(
      UUID id,
      String kind,
      String caseNumber,
      String district,
      String owningUnit,
      Instant startedAt,
      LocalDate due) {}

  @Scheduled(
      initialDelayString = "${platform.deadlines.check-interval:PT1M}",
      fixedDelayString = "${platform.deadlines.check-interval:PT1M}")
  void scheduled() {
    try {
      check();
    } catch (RuntimeException e) {
      log.error("Deadline check failed; it runs again at the next interval", e);
    }
  }

  /** Checks every watched deadline now; returns the number of notices published. */
  @Transactional
  public int check() {
    if (!Boolean.TRUE.equals(
        jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
      return 0;
    }
    Instant now = clock.instant();
    // every running clock: the 75% point of a 90-day one lies weeks before its last day
    List<Watched> watched =
        jdbc.query(
            """
        select id, 'LEAD' as kind, null as case_number, district, owning_unit,
               received_at as started_at, decision_due from lead
         where status = 'REGISTERED' and decision_due is not null
        union all
        select id, 'CASE', case_number, district, owning_unit, filed_at, decision_due
          from infringement_case
         where status in ('INVESTIGATING', 'REFERRAL_PROPOSED') and not clock_paused
        """,
            (rs, i) ->
                new Watched(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getString("case_number"),
                    rs.getString("district"),
                    rs.getString("owning_unit"),
                    rs.getTimestamp("started_at").toInstant(),
                    rs.getDate("decision_due").toLocalDate()));
    int published = 0;
    for (Watched w : watched) {
      String deadline =
          ("LEAD".equals(w.kind()) ? Deadline.FILING_DECISION : Deadline.CASE_DECISION).name();
      Instant dueAt = deadlines.endOf(w.due());
      boolean provisional = deadlines.isProvisional(w.due(), now);
      if (deadlines.isBreached(w.due(), now)) {
        if (firstNotice(w, "BREACHED", now)) {
          outbox.append(
              new CaseDeadlineBreached(
                  w.id().toString(),
                  w.kind(),
                  w.caseNumber(),
                  w.district(),
                  w.owningUnit(),
                  deadline,
                  dueAt,
                  now,
                  provisional));
          published++;
        }
        continue;
      }
      if (!now.isBefore(escalationPoint(w.startedAt(), dueAt))
          && firstNotice(w, "ESCALATED", now)) {
        outbox.append(
            new CaseDeadlineEscalated(
                w.id().toString(),
                w.kind(),
                w.caseNumber(),
                w.district(),
                w.owningUnit(),
                deadline,
                w.startedAt(),
                dueAt,
                now,
                provisional));
        published++;
      }
      if (deadlines.isApproaching(w.due(), now) && firstNotice(w, "APPROACHING", now)) {
        outbox.append(
            new CaseDeadlineApproaching(
                w.id().toString(),
                w.kind(),
                w.caseNumber(),
                w.district(),
                w.owningUnit(),
                deadline,
                dueAt,
                deadlines.workingDaysLeft(w.due(), now),
                now,
                provisional));
        published++;
      }
    }
    return published;
  }

  /** 75% of the time from the clock's start to the end of its last day. */
  private static Instant escalationPoint(Instant startedAt, Instant dueAt) {
    return startedAt.plus(Duration.between(startedAt, dueAt).multipliedBy(3).dividedBy(4));
  }

  private boolean firstNotice(Watched w, String kind, Instant now) {
    return jdbc.update(
            "insert into deadline_notice (subject_id, kind, due, noticed_at) values (?, ?, ?, ?) "
                + "on conflict do nothing",
            w.id(),
            kind,
            Date.valueOf(w.due()),
            Timestamp.from(now))
        == 1;
  }
}
