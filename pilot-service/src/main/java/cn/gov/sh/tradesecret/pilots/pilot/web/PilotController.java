package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLifecycle;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.pilots.pilot.web.LifecycleRequests.DesignatePilotRequest;
import cn.gov.sh.tradesecret.pilots.pilot.web.LifecycleRequests.ReviewPilotRequest;
import cn.gov.sh.tradesecret.pilots.pilot.web.LifecycleRequests.StartCultivationRequest;
import cn.gov.sh.tradesecret.pilots.pilot.web.LifecycleRequests.WithdrawPilotRequest;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pilots: nominate one, read one, list those of the officer's jurisdiction or of one district, take
 * it through its lifecycle (cultivation, withdrawal, designation, annual review) and read its
 * history; and the directory of designated pilots that every agency reads. Not {@code @Validated}:
 * Spring MVC's own method validation checks the paging parameters and reports them as a validation
 * problem, where the AOP one would fail with an unmapped exception.
 */
@RestController
@RequestMapping("/api/pilots")
class PilotController {

  private final PilotService pilots;
  private final PilotLifecycle lifecycle;
  private final PilotMapper mapper;

  PilotController(PilotService pilots, PilotLifecycle lifecycle, PilotMapper mapper) {
    this.pilots = pilots;
    this.lifecycle = lifecycle;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<PilotResponse> nominate(
      @Valid @RequestBody NominatePilotRequest request, Officer officer) {
    Pilot pilot = pilots.nominate(mapper.toNomination(request), officer);
    return ResponseEntity.created(URI.create("/api/pilots/" + pilot.getId()))
        .body(mapper.toResponse(pilot));
  }

  @GetMapping("/{id}")
  PilotResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(pilots.find(id, officer));
  }

  @GetMapping
  PageResponse<PilotResponse> list(
      Officer officer,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        pilots.list(
            district,
            officer,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "nominatedAt"))),
        mapper::toResponse);
  }

  /** Start cultivating a nominated pilot (the district's bureau or the municipal bureau). */
  @PostMapping("/{id}/cultivation")
  PilotResponse startCultivation(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) StartCultivationRequest request,
      Officer officer) {
    return mapper.toResponse(
        lifecycle.startCultivation(id, request == null ? null : request.note(), officer));
  }

  /** Withdraw a nomination before designation. */
  @PostMapping("/{id}/withdrawal")
  PilotResponse withdraw(
      @PathVariable UUID id, @Valid @RequestBody WithdrawPilotRequest request, Officer officer) {
    return mapper.toResponse(lifecycle.withdraw(id, request.reason(), officer));
  }

  /** Designate (认定) a cultivated pilot, by the bureau of the level. */
  @PostMapping("/{id}/designation")
  PilotResponse designate(
      @PathVariable UUID id, @Valid @RequestBody DesignatePilotRequest request, Officer officer) {
    return mapper.toResponse(lifecycle.designate(id, request.level(), request.reason(), officer));
  }

  /** The annual review of a designated pilot: passed, downgraded or revoked. */
  @PostMapping("/{id}/reviews")
  PilotResponse review(
      @PathVariable UUID id, @Valid @RequestBody ReviewPilotRequest request, Officer officer) {
    return mapper.toResponse(
        lifecycle.review(id, request.year(), request.outcome(), request.reason(), officer));
  }

  /** Every step of the pilot's lifecycle, oldest first. */
  @GetMapping("/{id}/history")
  List<PilotTransitionResponse> history(@PathVariable UUID id, Officer officer) {
    return lifecycle.history(id, officer).stream().map(mapper::toResponse).toList();
  }

  /** The designated pilots, for every agency: name, kind, level, industry, district. */
  @GetMapping("/designated")
  PageResponse<DesignatedPilotResponse> designated(
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        pilots.listDesignated(
            district, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "designatedAt"))),
        mapper::toDesignatedResponse);
  }

  @GetMapping("/designated/{id}")
  DesignatedPilotResponse designatedPilot(@PathVariable UUID id) {
    return mapper.toDesignatedResponse(pilots.findDesignated(id));
  }
}
