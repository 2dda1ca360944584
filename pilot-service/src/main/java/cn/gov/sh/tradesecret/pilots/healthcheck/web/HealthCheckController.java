package cn.gov.sh.tradesecret.pilots.healthcheck.web;

import cn.gov.sh.tradesecret.pilots.healthcheck.FindingCategory;
import cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheck;
import cn.gov.sh.tradesecret.pilots.healthcheck.HealthChecks;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Health checks (法治体检): record one, read one or a pilot's, complete a rectification item. */
@RestController
@RequestMapping("/api/health-checks")
class HealthCheckController {

  private final HealthChecks healthChecks;

  HealthCheckController(HealthChecks healthChecks) {
    this.healthChecks = healthChecks;
  }

  record RectificationRequest(
      @NotBlank @Size(max = 2000) String description, @NotNull LocalDate dueOn) {}

  record FindingRequest(
      @NotNull FindingCategory category,
      @NotBlank @Size(max = 2000) String description,
      @NotNull @Size(max = 20) List<@NotNull @Valid RectificationRequest> rectifications) {}

  /** A completed health check as the bureau records it; a check without findings is a clean one. */
  record RecordHealthCheckRequest(
      @NotNull UUID pilotId,
      @NotNull LocalDate checkedOn,
      @NotBlank @Size(max = 200) String examiner,
      @Size(max = 4000) String summary,
      @NotNull @Size(max = 50) List<@NotNull @Valid FindingRequest> findings) {}

  record CompleteRectificationRequest(
      @NotNull LocalDate completedOn, @Size(max = 2000) String note) {}

  record RectificationResponse(
      String id,
      String description,
      LocalDate dueOn,
      String state,
      LocalDate completedOn,
      String completedBy,
      String note) {}

  record FindingResponse(
      String id, String category, String description, List<RectificationResponse> rectifications) {}

  record HealthCheckResponse(
      String id,
      String pilotId,
      String district,
      LocalDate checkedOn,
      String examiner,
      String summary,
      String recordedBy,
      Instant recordedAt,
      List<FindingResponse> findings) {}

  @PostMapping
  ResponseEntity<HealthCheckResponse> record(
      @Valid @RequestBody RecordHealthCheckRequest request, Officer officer) {
    HealthCheck check =
        healthChecks.record(
            new HealthChecks.Record(
                request.pilotId(),
                request.checkedOn(),
                request.examiner(),
                request.summary(),
                request.findings().stream()
                    .map(
                        f ->
                            new HealthChecks.FindingRecord(
                                f.category(),
                                f.description(),
                                f.rectifications().stream()
                                    .map(
                                        r ->
                                            new HealthChecks.Rectification(
                                                r.description(), r.dueOn()))
                                    .toList()))
                    .toList()),
            officer);
    return ResponseEntity.created(URI.create("/api/health-checks/" + check.getId()))
        .body(toResponse(check));
  }

  @GetMapping("/{id}")
  HealthCheckResponse get(@PathVariable UUID id, Officer officer) {
    return toResponse(healthChecks.find(id, officer));
  }

  @GetMapping
  List<HealthCheckResponse> ofPilot(@RequestParam UUID pilotId, Officer officer) {
    return healthChecks.ofPilot(pilotId, officer).stream().map(this::toResponse).toList();
  }

  @PostMapping("/{id}/rectifications/{itemId}/completion")
  HealthCheckResponse complete(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @Valid @RequestBody CompleteRectificationRequest request,
      Officer officer) {
    return toResponse(
        healthChecks.completeRectification(
            id, itemId, request.completedOn(), request.note(), officer));
  }

  private HealthCheckResponse toResponse(HealthCheck check) {
    LocalDate today = healthChecks.today();
    return new HealthCheckResponse(
        check.getId().toString(),
        check.getPilotId().toString(),
        check.getDistrict(),
        check.getCheckedOn(),
        check.getExaminer(),
        check.getSummary(),
        check.getRecordedBy(),
        check.getRecordedAt(),
        check.getFindings().stream()
            .map(
                f ->
                    new FindingResponse(
                        f.getId().toString(),
                        f.getCategory().name(),
                        f.getDescription(),
                        f.getRectifications().stream()
                            .map(
                                r ->
                                    new RectificationResponse(
                                        r.getId().toString(),
                                        r.getDescription(),
                                        r.getDueOn(),
                                        r.stateOn(today).name(),
                                        r.getCompletedOn(),
                                        r.getCompletedBy(),
                                        r.getCompletionNote()))
                            .toList()))
            .toList());
  }
}
