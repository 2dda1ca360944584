package cn.gov.sh.tradesecret.referrals.referral.web;

import cn.gov.sh.tradesecret.referrals.deadline.Deadlines;
import cn.gov.sh.tradesecret.referrals.referral.BureauSteps;
import cn.gov.sh.tradesecret.referrals.referral.PoliceSteps;
import cn.gov.sh.tradesecret.referrals.referral.ProcuratorateSteps;
import cn.gov.sh.tradesecret.referrals.referral.Referral;
import cn.gov.sh.tradesecret.referrals.referral.Referrals;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
 * Referrals: propose, read, list (all the officer sees, or those of one case: {@code ?caseId=}),
 * and every step of the procedure as a sub-resource ({@code POST /api/referrals/{id}/<step>}); each
 * answers with the referral as it now stands. Not {@code @Validated}: Spring MVC's own method
 * validation checks the paging parameters and reports them as a validation problem, where the AOP
 * one would fail with an unmapped exception.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

  private final Referrals referrals;
  private final BureauSteps bureau;
  private final PoliceSteps police;
  private final ProcuratorateSteps procuratorate;
  private final Deadlines deadlines;
  private final ReferralMapper mapper;

  ReferralController(
      Referrals referrals,
      BureauSteps bureau,
      PoliceSteps police,
      ProcuratorateSteps procuratorate,
      Deadlines deadlines,
      ReferralMapper mapper) {
    this.referrals = referrals;
    this.bureau = bureau;
    this.police = police;
    this.procuratorate = procuratorate;
    this.deadlines = deadlines;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<ReferralResponse> propose(
      @Valid @RequestBody ProposeReferralRequest request, Officer officer) {
    Referral referral = bureau.propose(mapper.toProposal(request), officer);
    return ResponseEntity.created(URI.create("/api/referrals/" + referral.getId()))
        .body(mapper.toResponse(referral));
  }

  @GetMapping("/{id}")
  ReferralResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(referrals.find(id, officer));
  }

  @GetMapping
  PageResponse<ReferralResponse> list(
      Officer officer,
      @RequestParam(required = false) @Size(max = 64) String caseId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        referrals.list(
            officer,
            caseId,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "referredCase.proposedAt"))),
        mapper::toResponse);
  }

  /** Every recorded step: who, when, reasons, documents. */
  @GetMapping("/{id}/history")
  List<StepResponse> history(@PathVariable UUID id, Officer officer) {
    return referrals.find(id, officer).getHistory().stream().map(mapper::toResponse).toList();
  }

  /** Every clock of the referral's steps, running or finished. */
  @GetMapping("/{id}/deadlines")
  List<DeadlineResponse> deadlines(@PathVariable UUID id, Officer officer) {
    Referral referral = referrals.find(id, officer);
    return deadlines.of(referral.getId()).stream().map(mapper::toResponse).toList();
  }

  @PostMapping("/{id}/approval")
  ReferralResponse approve(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(bureau.approve(id, officer));
  }

  @PostMapping("/{id}/rejection")
  ReferralResponse reject(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(bureau.reject(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/transfer")
  ReferralResponse transfer(
      @PathVariable UUID id, @Valid @RequestBody TransferReferralRequest request, Officer officer) {
    return mapper.toResponse(
        bureau.transfer(
            id, request.materials().stream().map(mapper::toMaterial).toList(), officer));
  }

  @PostMapping("/{id}/receipt")
  ReferralResponse receipt(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(police.receipt(id, officer));
  }

  @PostMapping("/{id}/forwarding")
  ReferralResponse forward(
      @PathVariable UUID id, @Valid @RequestBody ForwardReferralRequest request, Officer officer) {
    return mapper.toResponse(
        police.forward(id, request.toPoliceUnit(), request.reasons(), officer));
  }

  @PostMapping("/{id}/acceptance")
  ReferralResponse accept(
      @PathVariable UUID id, @Valid @RequestBody AcceptReferralRequest request, Officer officer) {
    return mapper.toResponse(police.accept(id, request.filingNotice(), officer));
  }

  @PostMapping("/{id}/decline")
  ReferralResponse decline(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(police.decline(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/reconsideration-request")
  ReferralResponse requestReconsideration(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(bureau.requestReconsideration(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/reconsideration-decision")
  ReferralResponse decideReconsideration(
      @PathVariable UUID id,
      @Valid @RequestBody ReconsiderationDecisionRequest request,
      Officer officer) {
    return mapper.toResponse(
        police.decideReconsideration(
            id,
            request.outcome() == ReconsiderationDecisionRequest.Outcome.ACCEPTED,
            request.reasons(),
            request.filingNotice(),
            officer));
  }

  @PostMapping("/{id}/supervision-request")
  ReferralResponse requestSupervision(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(bureau.requestSupervision(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/explanation-requirement")
  ReferralResponse requireExplanation(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(procuratorate.requireExplanation(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/explanation")
  ReferralResponse explain(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(police.explain(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/filing-order")
  ReferralResponse orderFiling(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(procuratorate.orderFiling(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/supervision-closure")
  ReferralResponse closeSupervision(
      @PathVariable UUID id, @Valid @RequestBody ReasonsRequest request, Officer officer) {
    return mapper.toResponse(procuratorate.closeSupervision(id, request.reasons(), officer));
  }

  @PostMapping("/{id}/items-handover")
  ReferralResponse handOverItems(
      @PathVariable UUID id, @Valid @RequestBody HandOverItemsRequest request, Officer officer) {
    return mapper.toResponse(bureau.handOverItems(id, request.items(), officer));
  }
}
