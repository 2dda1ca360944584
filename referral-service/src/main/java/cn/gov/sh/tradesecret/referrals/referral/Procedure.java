package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock;
import cn.gov.sh.tradesecret.referrals.deadline.Deadlines;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a {@link ProcedureStep} the one way every step is taken, in the caller's transaction: the
 * officer must see the referral and be its taker, the {@link Referral} checks the order and records
 * the event, the step's clocks stop and start, and the referral is saved (which publishes the
 * event).
 */
@Component
class Procedure {

  /** Problem type of a step taken after the window the law gives for it closed. */
  static final String DEADLINE_PASSED = "referral-deadline-passed";

  /** A transition of the referral taken by {@code actor} at {@code at}; it may refuse first. */
  @FunctionalInterface
  interface Transition {
    void apply(Referral referral, Actor actor, Instant at);
  }

  private final Referrals referrals;
  private final ReferralRepository repository;
  private final Deadlines deadlines;
  private final Clock clock;

  Procedure(Referrals referrals, ReferralRepository repository, Deadlines deadlines, Clock clock) {
    this.referrals = referrals;
    this.repository = repository;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Referral take(ProcedureStep step, UUID id, Officer officer, Transition transition) {
    Referral referral = referrals.visible(id, officer);
    step.requireTaker(referral, officer);
    Instant now = clock.instant();
    transition.apply(referral, new Actor(officer.account(), officer.unit()), now);
    return saveAndRunClocks(step, referral, now);
  }

  /** Saves a referral just opened ({@link ProcedureStep#PROPOSE}) and starts its clocks. */
  @Transactional(propagation = Propagation.MANDATORY)
  Referral open(Referral referral) {
    return saveAndRunClocks(ProcedureStep.PROPOSE, referral, referral.getProposedAt());
  }

  /**
   * Refuses a step taken after the window {@code kind}, opened at {@code trigger}, closed ({@code
   * rule} says which).
   */
  void requireOpen(DeadlineClock kind, Instant trigger, String rule) {
    if (!deadlines.isOpen(kind, trigger)) {
      throw DomainException.conflict(DEADLINE_PASSED, "the deadline has passed: " + rule);
    }
  }

  // saved before its clocks: a new referral's row must exist for the clocks that refer to it
  private Referral saveAndRunClocks(ProcedureStep step, Referral referral, Instant now) {
    Referral saved = repository.save(referral);
    Set<DeadlineClock> stopping = step.stops();
    if (!stopping.isEmpty()) {
      deadlines.stop(saved.getId(), stopping.toArray(DeadlineClock[]::new));
    }
    for (DeadlineClock clock : step.startsFor(saved)) {
      deadlines.start(
          clock,
          saved.getId(),
          saved.getCaseId(),
          saved.getDistrict(),
          ProcedureStep.responsibleUnit(clock, saved),
          now);
    }
    return saved;
  }
}
