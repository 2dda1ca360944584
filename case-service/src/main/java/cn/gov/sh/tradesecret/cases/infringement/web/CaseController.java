package cn.gov.sh.tradesecret.cases.infringement.web;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.infringement.AppraisalResult;
import cn.gov.sh.tradesecret.cases.infringement.CaseService;
import cn.gov.sh.tradesecret.cases.infringement.CaseStatus;
import cn.gov.sh.tradesecret.cases.infringement.InfringementCase;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.AddEvidenceRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.AddSecretPointRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.AppraisalResultRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.CloseCaseRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.ConcludeMediationRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.DecidePenaltyRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.ExtendCaseDeadlineRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.FailMediationRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.ProposeReferralRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.RecordActRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.RecordBankruptcyRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.RecordExecutionRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.RecordFactsRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.StartAppraisalRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseSummary;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases: file one on a lead, read and list them, and take them through investigation to an outcome
 * and closing. Every change answers with the case and its new {@code ETag} and honours {@code
 * If-Match}; creating requests honour {@code Idempotency-Key}.
 */
@RestController
class CaseController {

  private final CaseService cases;
  private final CaseMapper mapper;
  private final DecisionDeadlines deadlines;
  private final IdempotentRequests idempotent;
  private final Clock clock;

  CaseController(
      CaseService cases,
      CaseMapper mapper,
      DecisionDeadlines deadlines,
      IdempotentRequests idempotent,
      Clock clock) {
    this.cases = cases;
    this.mapper = mapper;
    this.deadlines = deadlines;
    this.idempotent = idempotent;
    this.clock = clock;
  }

  /** Files a case (立案) on a lead; {@code If-Match} names the lead's version. */
  @PostMapping("/api/leads/{leadId}/filing")
  ResponseEntity<?> file(
      @PathVariable UUID leadId,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.create(
        idempotencyKey,
        officer,
        "POST /api/leads/" + leadId + "/filing",
        Map.of(),
        () -> {
          InfringementCase filed = cases.file(leadId, ETags.expectedVersion(ifMatch), officer);
          return ResponseEntity.created(URI.create("/api/cases/" + filed.getId()))
              .eTag(ETags.of(filed.getVersion()))
              .body(toResponse(filed));
        });
  }

  @GetMapping("/api/cases/{id}")
  ResponseEntity<CaseResponse> get(@PathVariable UUID id, Officer officer) {
    return ok(cases.find(id, officer));
  }

  @GetMapping("/api/cases")
  PageResponse<CaseSummary> list(
      Officer officer,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) @Pattern(regexp = "[0-9A-Z]{6}") String district,
      @RequestParam(required = false) Boolean suspectedCrime,
      @RequestParam(required = false) LocalDate dueBefore,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        cases.list(
            officer,
            new CaseService.Filter(status, district, suspectedCrime, dueBefore),
            PageRequest.of(
                page, size, Sort.by(Sort.Order.desc("filing.filedAt"), Sort.Order.asc("id")))),
        c -> mapper.toSummary(c, deadline(c)));
  }

  @PostMapping("/api/cases/{id}/evidence")
  ResponseEntity<?> addEvidence(
      @PathVariable UUID id,
      @Valid @RequestBody AddEvidenceRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.create(
        idempotencyKey,
        officer,
        "POST /api/cases/" + id + "/evidence",
        request,
        () ->
            created(
                cases.addEvidence(
                    id, ETags.expectedVersion(ifMatch), mapper.toEvidence(request), officer)));
  }

  @PostMapping("/api/cases/{id}/secret-points")
  ResponseEntity<?> addSecretPoint(
      @PathVariable UUID id,
      @Valid @RequestBody AddSecretPointRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.create(
        idempotencyKey,
        officer,
        "POST /api/cases/" + id + "/secret-points",
        request,
        () ->
            created(
                cases.addSecretPoint(
                    id,
                    ETags.expectedVersion(ifMatch),
                    request.category(),
                    request.content(),
                    request.confidentialityMeasures(),
                    officer)));
  }

  @PostMapping("/api/cases/{id}/appraisals")
  ResponseEntity<?> startAppraisal(
      @PathVariable UUID id,
      @Valid @RequestBody StartAppraisalRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
    return idempotent.create(
        idempotencyKey,
        officer,
        "POST /api/cases/" + id + "/appraisals",
        request,
        () ->
            created(
                cases.startAppraisal(
                    id,
                    ETags.expectedVersion(ifMatch),
                    request.matter(),
                    request.institution(),
                    officer)));
  }

  @PostMapping("/api/cases/{id}/appraisals/{appraisalId}/result")
  ResponseEntity<CaseResponse> finishAppraisal(
      @PathVariable UUID id,
      @PathVariable UUID appraisalId,
      @Valid @RequestBody AppraisalResultRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.finishAppraisal(
            id,
            appraisalId,
            ETags.expectedVersion(ifMatch),
            new AppraisalResult(
                request.conclusion(),
                request.reportSha256(),
                request.establishedLoss(),
                request.illegalGains()),
            officer));
  }

  @PostMapping("/api/cases/{id}/deadline-extensions")
  ResponseEntity<CaseResponse> extendDeadline(
      @PathVariable UUID id,
      @Valid @RequestBody ExtendCaseDeadlineRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.extendDeadline(
            id,
            ETags.expectedVersion(ifMatch),
            request.basis(),
            request.newDueDate(),
            request.reason(),
            officer));
  }

  @PostMapping("/api/cases/{id}/referral-proposal")
  ResponseEntity<CaseResponse> proposeReferral(
      @PathVariable UUID id,
      @Valid @RequestBody ProposeReferralRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.proposeReferral(id, ETags.expectedVersion(ifMatch), request.grounds(), officer));
  }

  /** Records the facts the white paper counts (secret type, industry, amounts, typical case). */
  @PostMapping("/api/cases/{id}/facts")
  ResponseEntity<CaseResponse> recordFacts(
      @PathVariable UUID id,
      @Valid @RequestBody RecordFactsRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.recordFacts(id, ETags.expectedVersion(ifMatch), mapper.toFacts(request), officer));
  }

  /**
   * Records when the infringement took place; the case then shows the fine ranges that would apply.
   */
  @PostMapping("/api/cases/{id}/act")
  ResponseEntity<CaseResponse> recordAct(
      @PathVariable UUID id,
      @Valid @RequestBody RecordActRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.recordAct(
            id,
            ETags.expectedVersion(ifMatch),
            request.actStartedOn(),
            request.actEndedOn(),
            officer));
  }

  /**
   * Records the rights holder's bankruptcy; where the criminal threshold in force makes it a
   * ground, the case becomes a suspected crime to be referred.
   */
  @PostMapping("/api/cases/{id}/rights-holder-bankruptcy")
  ResponseEntity<CaseResponse> recordBankruptcy(
      @PathVariable UUID id,
      @Valid @RequestBody RecordBankruptcyRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.recordBankruptcy(
            id, ETags.expectedVersion(ifMatch), request.declaredOn(), request.ruling(), officer));
  }

  @PostMapping("/api/cases/{id}/penalty-decision")
  ResponseEntity<CaseResponse> decidePenalty(
      @PathVariable UUID id,
      @Valid @RequestBody DecidePenaltyRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.decidePenalty(
            id, ETags.expectedVersion(ifMatch), mapper.toPenalty(request), officer));
  }

  @PostMapping("/api/cases/{id}/mediation")
  ResponseEntity<CaseResponse> concludeMediation(
      @PathVariable UUID id,
      @Valid @RequestBody ConcludeMediationRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.concludeMediation(
            id,
            ETags.expectedVersion(ifMatch),
            request.courtUnit(),
            request.agreementSha256(),
            officer));
  }

  /**
   * Records a mediation that ended without an agreement (the case is investigated on); the owning
   * bureau's officers.
   */
  @PostMapping("/api/cases/{id}/mediation-failure")
  ResponseEntity<CaseResponse> failMediation(
      @PathVariable UUID id,
      @Valid @RequestBody FailMediationRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.failMediation(
            id, ETags.expectedVersion(ifMatch), request.reason(), request.details(), officer));
  }

  /**
   * Records how the penalty decision was executed: paid in full, instalments or deferral approved,
   * or enforced by the court; the owning bureau's officers, also after closing.
   */
  @PostMapping("/api/cases/{id}/penalty-execution")
  ResponseEntity<CaseResponse> recordExecution(
      @PathVariable UUID id,
      @Valid @RequestBody RecordExecutionRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        cases.recordExecution(
            id, ETags.expectedVersion(ifMatch), mapper.toExecution(request), officer));
  }

  @PostMapping("/api/cases/{id}/closing")
  ResponseEntity<CaseResponse> close(
      @PathVariable UUID id,
      @Valid @RequestBody CloseCaseRequest request,
      Officer officer,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(cases.close(id, ETags.expectedVersion(ifMatch), request.reason(), officer));
  }

  private ResponseEntity<CaseResponse> ok(InfringementCase c) {
    return ResponseEntity.ok().eTag(ETags.of(c.getVersion())).body(toResponse(c));
  }

  private ResponseEntity<?> created(InfringementCase c) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/cases/" + c.getId()))
        .eTag(ETags.of(c.getVersion()))
        .body(toResponse(c));
  }

  private CaseResponse toResponse(InfringementCase c) {
    return mapper.toResponse(
        c,
        deadline(c),
        c.getStatus() == CaseStatus.INVESTIGATING
            ? cases.applicableFines(c, WorkingDayCalendar.dayOf(clock.instant()))
            : List.of());
  }

  private cn.gov.sh.tradesecret.cases.deadline.DeadlineView deadline(InfringementCase c) {
    return c.getStatus().clockRuns()
        ? deadlines.view(
            c.getClock().getDecisionDue(),
            clock.instant(),
            c.getClock().isPaused(),
            c.getClock().isExtended())
        : null;
  }
}
