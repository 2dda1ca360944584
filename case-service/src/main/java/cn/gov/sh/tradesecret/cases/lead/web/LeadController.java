package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRule;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRules;
import cn.gov.sh.tradesecret.cases.lead.Lead;
import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.lead.LeadStatus;
import cn.gov.sh.tradesecret.cases.web.ETags;
import cn.gov.sh.tradesecret.cases.web.IdempotentRequests;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leads: register one (honouring {@code Idempotency-Key}), read one (with its {@code ETag}), list
 * those of the officer's jurisdiction (fast channel first), decline one or extend its deadline
 * ({@code If-Match}). Filing a case on a lead is {@code POST /api/leads/{id}/filing} (the case
 * API). A registered lead carries the filing rule in force today, so that a client knows who may
 * file its case without a rule of its own.
 */
@RestController
@RequestMapping("/api/leads")
class LeadController {

  private final LeadService leads;
  private final LeadMapper mapper;
  private final DecisionDeadlines deadlines;
  private final IdempotentRequests idempotent;
  private final JurisdictionRules filingRules;
  private final Clock clock;

  LeadController(
      LeadService leads,
      LeadMapper mapper,
      DecisionDeadlines deadlines,
      IdempotentRequests idempotent,
      JurisdictionRules filingRules,
      Clock clock) {
    this.leads = leads;
    this.mapper = mapper;
    this.deadlines = deadlines;
    this.idempotent = idempotent;
    this.filingRules = filingRules;
    this.clock = clock;
  }

  @PostMapping
  ResponseEntity<?> register(
      @Valid @RequestBody RegisterLeadRequest request,
      Officer officer,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.create(
        idempotencyKey,
        officer,
        "POST /api/leads",
        request,
        () -> {
          Lead lead = leads.register(mapper.toRegistration(request), officer);
          return ResponseEntity.created(URI.create("/api/leads/" + lead.getId()))
              .eTag(ETags.of(lead.getVersion()))
              .body(toResponse(lead));
        });
  }

  @GetMapping("/{id}")
  ResponseEntity<LeadResponse> get(@PathVariable UUID id, Officer officer) {
    return withETag(leads.find(id, officer));
  }

  @GetMapping
  PageResponse<LeadResponse> list(
      Officer officer,
      @RequestParam(required = false) LeadStatus status,
      @RequestParam(required = false) @Pattern(regexp = "[0-9A-Z]{6}") String district,
      @RequestParam(required = false) Boolean fastChannel,
      @RequestParam(required = false) LocalDate dueBefore,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    Sort order =
        Sort.by(
            Sort.Order.desc("fastChannel"), Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));
    Optional<JurisdictionRule> filingRule = filingRuleToday();
    return PageResponse.of(
        leads.list(
            officer,
            new LeadService.Filter(status, district, fastChannel, dueBefore),
            PageRequest.of(page, size, order)),
        (lead) -> toResponse(lead, filingRule));
  }

  @PostMapping("/{id}/decline")
  ResponseEntity<LeadResponse> decline(
      @PathVariable UUID id,
      @Valid @RequestBody DeclineLeadRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(
        leads.decline(
            id, ETags.expectedVersion(ifMatch), request.reasonCode(), request.reason(), officer));
  }

  /**
   * A head of the municipal bureau designates the lead's district bureau to file and handle the
   * case (SAMR Order No. 126).
   */
  @PostMapping("/{id}/designation")
  ResponseEntity<LeadResponse> designate(
      @PathVariable UUID id,
      @Valid @RequestBody DesignateLeadRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(
        leads.designate(id, ETags.expectedVersion(ifMatch), request.documentNumber(), officer));
  }

  @PostMapping("/{id}/deadline-extension")
  ResponseEntity<LeadResponse> extendDeadline(
      @PathVariable UUID id,
      @Valid @RequestBody ExtendLeadDeadlineRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return withETag(
        leads.extendDeadline(id, ETags.expectedVersion(ifMatch), request.reason(), officer));
  }

  private ResponseEntity<LeadResponse> withETag(Lead lead) {
    return ResponseEntity.ok().eTag(ETags.of(lead.getVersion())).body(toResponse(lead));
  }

  private LeadResponse toResponse(Lead lead) {
    return toResponse(lead, filingRuleToday());
  }

  private LeadResponse toResponse(Lead lead, Optional<JurisdictionRule> filingRule) {
    boolean undecided = lead.getStatus() == LeadStatus.REGISTERED;
    return mapper.toResponse(
        lead,
        undecided
            ? deadlines.view(
                lead.getDecisionDue(), clock.instant(), false, lead.isDeadlineExtended())
            : null,
        undecided ? filingRule.orElse(null) : null);
  }

  private Optional<JurisdictionRule> filingRuleToday() {
    return filingRules.inForceOn(WorkingDayCalendar.dayOf(clock.instant()));
  }
}
