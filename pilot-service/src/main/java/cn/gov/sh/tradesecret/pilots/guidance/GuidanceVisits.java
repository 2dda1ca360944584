package cn.gov.sh.tradesecret.pilots.guidance;

import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance visits of a pilot, recorded and read by the bureaus that manage it (the district's and
 * the municipal bureau); a pilot out of the programme gets no more visits (409).
 */
@Service
public class GuidanceVisits {

  static final String PILOT_INACTIVE = "pilot-inactive";

  private final PilotService pilots;
  private final GuidanceVisitRepository visits;
  private final Clock clock;

  GuidanceVisits(PilotService pilots, GuidanceVisitRepository visits, Clock clock) {
    this.pilots = pilots;
    this.visits = visits;
    this.clock = clock;
  }

  /** A visit as the bureau records it. */
  public record Visit(
      LocalDate visitedOn, List<String> officers, List<String> topics, String advice) {}

  @Transactional
  public GuidanceVisit record(UUID pilotId, Visit visit, Officer officer) {
    Pilot pilot = pilots.find(pilotId, officer);
    if (visit.visitedOn().isAfter(WorkingDayCalendar.dayOf(clock.instant()))) {
      throw DomainException.invalidField("visitedOn", "a visit is recorded after it took place");
    }
    if (!pilot.getStatus().isActive()) {
      throw DomainException.conflict(
          PILOT_INACTIVE, "pilot " + pilotId + " is " + pilot.getStatus());
    }
    return visits.save(
        new GuidanceVisit(
            pilot.getId(),
            visit.visitedOn(),
            visit.officers().stream().map(String::strip).toList(),
            visit.topics().stream().map(String::strip).toList(),
            visit.advice(),
            officer.account(),
            clock.instant()));
  }

  /** The pilot's visits, in the order they took place. */
  @Transactional(readOnly = true)
  public List<GuidanceVisit> of(UUID pilotId, Officer officer) {
    Pilot pilot = pilots.find(pilotId, officer);
    return visits.findByPilotIdOrderByVisitedOnAscRecordedAtAsc(pilot.getId());
  }
}
