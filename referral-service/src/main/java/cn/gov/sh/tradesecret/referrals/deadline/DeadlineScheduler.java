package cn.gov.sh.tradesecret.referrals.deadline;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeadlineApproaching;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeadlineBreached;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises {@link ReferralDeadlineApproaching} when a clock reaches 75% of its time and {@link
 * ReferralDeadlineBreached} when it passes, each once. Safe with several instances of the service:
 * each batch locks its clocks with {@code FOR UPDATE SKIP LOCKED} and sets the clock's marker in
 * the transaction that writes the event to the outbox, so an instance either skips a clock another
 * one holds or sees its marker.
 */
@Component
public class DeadlineScheduler {

  private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
  private static final int BATCH = 100;

  private final DeadlineRepository deadlines;
  private final Outbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final WorkingDayCalendar calendar;

  private final boolean polling;

  /**
   * @param polling whether this instance evaluates the clocks on its own every {@code
   *     referral.deadlines.poll-interval} (tests turn it off and call {@link #evaluate()})
   */
  DeadlineScheduler(
      DeadlineRepository deadlines,
      Outbox outbox,
      PlatformTransactionManager transactions,
      Clock clock,
      WorkingDayCalendar calendar,
      @Value("${referral.deadlines.polling:true}") boolean polling) {
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.calendar = calendar;
    this.polling = polling;
  }

  @Scheduled(
      fixedDelayString = "${referral.deadlines.poll-interval:PT30S}",
      initialDelayString = "${referral.deadlines.poll-interval:PT30S}")
  void poll() {
    if (polling) {
      evaluate();
    }
  }

  /** Raises the events of every clock due now; returns how many events it raised. */
  public int evaluate() {
    int raised = 0;
    int batch;
    do {
      Integer round = transaction.execute(status -> evaluateBatch());
      batch = round == null ? 0 : round;
      raised += batch;
    } while (batch == BATCH);
    return raised;
  }

  private int evaluateBatch() {
    Instant now = clock.instant();
    List<Deadline> due = deadlines.lockDue(now, BATCH);
    for (Deadline deadline : due) {
      if (!deadline.getDueAt().isAfter(now)) {
        deadline.breached(now);
        outbox.append(
            new ReferralDeadlineBreached(
                deadline.getReferralId().toString(),
                deadline.getCaseId(),
                deadline.getDistrict(),
                deadline.getClock().name(),
                deadline.getResponsibleUnit(),
                AgencyType.PROCURATORATE.unitIn(deadline.getDistrict()),
                deadline.getStartedAt(),
                deadline.getDueAt(),
                now,
                provisional(deadline)));
        log.info(
            "Deadline {} of referral {} breached", deadline.getClock(), deadline.getReferralId());
      } else {
        deadline.warned(now);
        outbox.append(
            new ReferralDeadlineApproaching(
                deadline.getReferralId().toString(),
                deadline.getCaseId(),
                deadline.getDistrict(),
                deadline.getClock().name(),
                deadline.getResponsibleUnit(),
                deadline.getStartedAt(),
                deadline.getDueAt(),
                now,
                provisional(deadline)));
      }
    }
    return due.size();
  }

  private boolean provisional(Deadline deadline) {
    return deadline
        .getClock()
        .isProvisional(deadline.getStartedAt(), deadline.getDueAt(), calendar);
  }
}
