package cn.gov.sh.tradesecret.referrals.deadline;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and stops the clocks of a referral's steps, in the transaction of the step that starts or
 * stops them. The {@link DeadlineScheduler} raises their events.
 */
@Service
public class Deadlines {

  private final DeadlineRepository deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  Deadlines(DeadlineRepository deadlines, WorkingDayCalendar calendar, Clock clock) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** When {@code kind} started by {@code trigger} passes. */
  public Instant dueAfter(DeadlineClock kind, Instant trigger) {
    return kind.dueAfter(trigger, calendar);
  }

  /**
   * Whether the right or duty whose clock {@code kind} started at {@code trigger} may still be
   * exercised now.
   */
  public boolean isOpen(DeadlineClock kind, Instant trigger) {
    return clock.instant().isBefore(dueAfter(kind, trigger));
  }

  /** Starts a clock of {@code referralId}, that {@code responsibleUnit} must beat. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void start(
      DeadlineClock kind,
      UUID referralId,
      String caseId,
      String district,
      String responsibleUnit,
      Instant trigger) {
    deadlines.save(
        new Deadline(
            referralId, caseId, district, kind, responsibleUnit, trigger, dueAfter(kind, trigger)));
  }

  /**
   * Stops the running clocks {@code kinds} of {@code referralId}: their step was taken, or can no
   * longer be.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void stop(UUID referralId, DeadlineClock... kinds) {
    Set<DeadlineClock> stopping =
        kinds.length == 0 ? EnumSet.allOf(DeadlineClock.class) : EnumSet.of(kinds[0], kinds);
    Instant now = clock.instant();
    deadlines.findByReferralIdAndStoppedAtIsNull(referralId).stream()
        .filter(deadline -> stopping.contains(deadline.getClock()))
        .forEach(deadline -> deadline.stop(now));
  }

  /** Every clock of a referral, in the order they started. */
  @Transactional(readOnly = true)
  public List<Deadline> of(UUID referralId) {
    return deadlines.findByReferralIdOrderByStartedAtAscClockAsc(referralId);
  }
}
