package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a pilot after nomination: cultivation, withdrawal, designation (认定) and the
 * annual review (passed, downgraded, revoked). Each step is checked three ways: the officer must
 * see the pilot (else 404), be of the right bureau (else 403; designation and review need a head of
 * the bureau of the level), and the pilot must be in a status the step leaves from (else 409
 * illegal-transition). Each step is recorded in the pilot's history and published on {@code
 * pilot-events}.
 */
@Service
public class PilotLifecycle {

  /** 409 when the pilot was reviewed for that year already. */
  public static final String REVIEWED_ALREADY = "review-exists";

  private final PilotRepository pilots;
  private final PilotTransitionRepository transitions;
  private final Clock clock;

  PilotLifecycle(PilotRepository pilots, PilotTransitionRepository transitions, Clock clock) {
    this.pilots = pilots;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Transactional
  public Pilot startCultivation(UUID id, String note, Officer officer) {
    Pilot pilot = managed(id, officer);
    return step(pilot, pilot.startCultivation(officer, note, clock.instant()));
  }

  @Transactional
  public Pilot withdraw(UUID id, String reason, Officer officer) {
    Pilot pilot = managed(id, officer);
    return step(pilot, pilot.withdraw(officer, reason, clock.instant()));
  }

  /**
   * Designates a cultivated pilot at {@code level}: by a head of the bureau of that level only (see
   * {@link PilotAuthority#approvesAtLevel}).
   *
   * @throws DomainException 403 for anyone else, naming the bureau whose head designates
   */
  @Transactional
  public Pilot designate(UUID id, PilotLevel level, String reason, Officer officer) {
    Pilot pilot = visible(id, officer);
    PilotAuthority.requireApprover(
        officer,
        pilot.getDistrict(),
        level,
        "a " + level + "-level designation of a pilot of district " + pilot.getDistrict());
    return step(pilot, pilot.designate(level, officer, reason, clock.instant()));
  }

  /**
   * Records the annual review of a designated pilot, by a head of the bureau of its level (see
   * {@link PilotAuthority#approvesAtLevel}); one per year.
   *
   * @throws DomainException 403 for anyone but such a head, naming the bureau; 400 for a year in
   *     the future or before the designation, or a downgrade or revocation without reasons; 409 for
   *     a second review of the year
   */
  @Transactional
  public Pilot review(UUID id, int year, ReviewOutcome outcome, String reason, Officer officer) {
    Pilot pilot = visible(id, officer);
    if (pilot.getStatus() != PilotStatus.DESIGNATED) {
      throw new IllegalTransitionException(
          "pilot "
              + id
              + " is "
              + pilot.getStatus()
              + ": only a designated pilot "
              + "is reviewed");
    }
    PilotAuthority.requireApprover(
        officer,
        pilot.getDistrict(),
        pilot.getLevel(),
        "the review of a " + pilot.getLevel() + "-level pilot of district " + pilot.getDistrict());
    Instant now = clock.instant();
    int thisYear = WorkingDayCalendar.dayOf(now).getYear();
    int designatedIn = WorkingDayCalendar.dayOf(pilot.getDesignatedAt()).getYear();
    if (year > thisYear || year < designatedIn) {
      throw DomainException.invalidField(
          "year",
          "must be between the year of designation ("
              + designatedIn
              + ") and this year ("
              + thisYear
              + ")");
    }
    if (outcome != ReviewOutcome.PASSED && (reason == null || reason.isBlank())) {
      throw DomainException.invalidField("reason", "a " + outcome + " review states its reasons");
    }
    if (transitions.existsByPilotIdAndReviewYear(pilot.getId(), year)) {
      throw DomainException.conflict(
          REVIEWED_ALREADY, "pilot " + id + " was reviewed for " + year + " already");
    }
    return step(
        pilot,
        switch (outcome) {
          case PASSED -> pilot.passReview(year, officer, reason, now);
          case DOWNGRADED -> pilot.downgrade(year, officer, reason, now);
          case REVOKED -> pilot.revoke(year, officer, reason, now);
        });
  }

  /** Keeps the step in the pilot's history; saving the pilot publishes the event it recorded. */
  private Pilot step(Pilot pilot, PilotTransition transition) {
    transitions.save(transition);
    return pilots.save(pilot);
  }

  /** The pilot's lifecycle, oldest step first; for the bureaus that manage it. */
  @Transactional(readOnly = true)
  public List<PilotTransition> history(UUID id, Officer officer) {
    Pilot pilot =
        pilots
            .findById(id)
            .filter(p -> PilotAuthority.manages(officer, p.getDistrict()))
            .orElseThrow(() -> DomainException.notFound("pilot", id));
    return transitions.findByPilotIdOrderBySeqAsc(pilot.getId());
  }

  /**
   * A pilot the officer manages: 404 if not visible, 403 if visible (designated) but not theirs.
   */
  private Pilot managed(UUID id, Officer officer) {
    Pilot pilot = visible(id, officer);
    Officer.require(
        PilotAuthority.manages(officer, pilot.getDistrict()),
        "the pilots of district " + pilot.getDistrict() + " are managed by its bureau");
    return pilot;
  }

  /** The officer's own district's pilots, and designated pilots (which every agency may read). */
  private Pilot visible(UUID id, Officer officer) {
    return pilots
        .findById(id)
        .filter(
            p ->
                PilotAuthority.manages(officer, p.getDistrict())
                    || p.getStatus() == PilotStatus.DESIGNATED)
        .orElseThrow(() -> DomainException.notFound("pilot", id));
  }
}
