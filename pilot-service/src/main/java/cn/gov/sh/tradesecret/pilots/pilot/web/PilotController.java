package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.support.web.PageResponse;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
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
 * Pilots: nominate one, read one, list those of the officer's jurisdiction or of one district.
 * Not {@code @Validated}: Spring MVC's own method validation checks the paging parameters and
 * reports them as a validation problem, where the AOP one would fail with an unmapped exception.
 */
@RestController
@RequestMapping("/api/pilots")
class PilotController {

  private final PilotService pilots;
  private final PilotMapper mapper;

  PilotController(PilotService pilots, PilotMapper mapper) {
    this.pilots = pilots;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<PilotResponse> nominate(@Valid @RequestBody NominatePilotRequest request, Officer officer) {
    Pilot pilot = pilots.nominate(mapper.toNomination(request), officer);
    return ResponseEntity.created(URI.create("/api/pilots/" + pilot.getId())).body(mapper.toResponse(pilot));
  }

  @GetMapping("/{id}")
  PilotResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(pilots.find(id, officer));
  }

  @GetMapping
  PageResponse<PilotResponse> list(Officer officer,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        pilots.list(district, officer, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "nominatedAt"))),
        mapper::toResponse);
  }
}
