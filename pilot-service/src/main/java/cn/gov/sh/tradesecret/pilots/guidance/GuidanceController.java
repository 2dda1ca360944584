package cn.gov.sh.tradesecret.pilots.guidance;

import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guidance visits of a pilot, recorded and read by the bureaus that manage it (the district's and
 * the municipal bureau); a pilot out of the programme gets no more visits (409).
 */
@RestController
class GuidanceController {

  static final String PILOT_INACTIVE = "pilot-inactive";

  private final PilotService pilots;
  private final GuidanceVisitRepository visits;
  private final Clock clock;

  GuidanceController(PilotService pilots, GuidanceVisitRepository visits, Clock clock) {
    this.pilots = pilots;
    this.visits = visits;
    this.clock = clock;
  }

  /** A visit as the bureau records it. */
  record RecordGuidanceVisitRequest(
      @NotNull LocalDate visitedOn,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> officers,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> topics,
      @NotBlank @Size(max = 4000) String advice) {}

  record GuidanceVisitResponse(String id, String pilotId, LocalDate visitedOn, List<String> officers,
      List<String> topics, String advice, String recordedBy, Instant recordedAt) {

    static GuidanceVisitResponse of(GuidanceVisit visit) {
      return new GuidanceVisitResponse(visit.getId().toString(), visit.getPilotId().toString(), visit.getVisitedOn(),
          visit.getOfficers(), visit.getTopics(), visit.getAdvice(), visit.getRecordedBy(), visit.getRecordedAt());
    }
  }

  @PostMapping("/api/pilots/{id}/guidance-visits")
  @Transactional
  ResponseEntity<GuidanceVisitResponse> record(@PathVariable UUID id,
      @Valid @RequestBody RecordGuidanceVisitRequest request, Officer officer) {
    Pilot pilot = pilots.find(id, officer);
    if (request.visitedOn().isAfter(WorkingDayCalendar.dayOf(clock.instant()))) {
      throw DomainException.invalidField("visitedOn", "a visit is recorded after it took place");
    }
    if (!pilot.getStatus().isActive()) {
      throw DomainException.conflict(PILOT_INACTIVE, "pilot " + id + " is " + pilot.getStatus());
    }
    GuidanceVisit visit = visits.save(new GuidanceVisit(pilot.getId(), request.visitedOn(),
        request.officers().stream().map(String::strip).toList(), request.topics().stream().map(String::strip).toList(),
        request.advice(), officer.account(), clock.instant()));
    return ResponseEntity.created(URI.create("/api/pilots/" + id + "/guidance-visits/" + visit.getId()))
        .body(GuidanceVisitResponse.of(visit));
  }

  @GetMapping("/api/pilots/{id}/guidance-visits")
  @Transactional(readOnly = true)
  List<GuidanceVisitResponse> list(@PathVariable UUID id, Officer officer) {
    Pilot pilot = pilots.find(id, officer);
    return visits.findByPilotIdOrderByVisitedOnAscRecordedAtAsc(pilot.getId()).stream()
        .map(GuidanceVisitResponse::of).toList();
  }
}
