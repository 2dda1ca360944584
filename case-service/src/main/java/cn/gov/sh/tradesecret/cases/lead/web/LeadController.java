package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.support.web.PageResponse;
import cn.gov.sh.tradesecret.cases.lead.Lead;
import cn.gov.sh.tradesecret.cases.lead.LeadService;
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

/** Leads: register one, read one, list those of the officer's jurisdiction. */
@RestController
@RequestMapping("/api/leads")
class LeadController {

  private final LeadService leads;
  private final LeadMapper mapper;

  LeadController(LeadService leads, LeadMapper mapper) {
    this.leads = leads;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<LeadResponse> register(@Valid @RequestBody RegisterLeadRequest request, Officer officer) {
    Lead lead = leads.register(mapper.toRegistration(request), officer);
    return ResponseEntity.created(URI.create("/api/leads/" + lead.getId())).body(mapper.toResponse(lead));
  }

  @GetMapping("/{id}")
  LeadResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(leads.find(id, officer));
  }

  @GetMapping
  PageResponse<LeadResponse> list(Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(leads.list(officer, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt"))),
        mapper::toResponse);
  }
}
