package cn.gov.sh.tradesecret.pilots.guidance.web;

import cn.gov.sh.tradesecret.pilots.guidance.GuidanceVisit;
import cn.gov.sh.tradesecret.pilots.guidance.GuidanceVisits;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Guidance visits of a pilot: record one, list them (see {@link GuidanceVisits}). */
@RestController
class GuidanceController {

  private final GuidanceVisits visits;

  GuidanceController(GuidanceVisits visits) {
    this.visits = visits;
  }

  /** A visit as the bureau records it. */
  record RecordGuidanceVisitRequest(
      @NotNull LocalDate visitedOn,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> officers,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> topics,
      @NotBlank @Size(max = 4000) String advice) {}

  record GuidanceVisitResponse(
      String id,
      String pilotId,
      LocalDate visitedOn,
      List<String> officers,
      List<String> topics,
      String advice,
      String recordedBy,
      Instant recordedAt) {

    static GuidanceVisitResponse of(GuidanceVisit visit) {
      return new GuidanceVisitResponse(
          visit.getId().toString(),
          visit.getPilotId().toString(),
          visit.getVisitedOn(),
          visit.getOfficers(),
          visit.getTopics(),
          visit.getAdvice(),
          visit.getRecordedBy(),
          visit.getRecordedAt());
    }
  }

  @PostMapping("/api/pilots/{id}/guidance-visits")
  ResponseEntity<GuidanceVisitResponse> record(
      @PathVariable UUID id,
      @Valid @RequestBody RecordGuidanceVisitRequest request,
      Officer officer) {
    GuidanceVisit visit =
        visits.record(
            id,
            new GuidanceVisits.Visit(
                request.visitedOn(), request.officers(), request.topics(), request.advice()),
            officer);
    return ResponseEntity.created(
            URI.create("/api/pilots/" + id + "/guidance-visits/" + visit.getId()))
        .body(GuidanceVisitResponse.of(visit));
  }

  @GetMapping("/api/pilots/{id}/guidance-visits")
  List<GuidanceVisitResponse> list(@PathVariable UUID id, Officer officer) {
    return visits.of(id, officer).stream().map(GuidanceVisitResponse::of).toList();
  }
}
