package cn.gov.sh.tradesecret.referrals.referral.web;

import cn.gov.sh.tradesecret.support.web.PageResponse;
import cn.gov.sh.tradesecret.referrals.referral.Referral;
import cn.gov.sh.tradesecret.referrals.referral.ReferralService;
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
 * Referrals: propose one, read one, list those of the officer's jurisdiction. Not {@code @Validated}:
 * Spring MVC's own method validation checks the paging parameters and reports them as a
 * validation problem, where the AOP one would fail with an unmapped exception.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

  private final ReferralService referrals;
  private final ReferralMapper mapper;

  ReferralController(ReferralService referrals, ReferralMapper mapper) {
    this.referrals = referrals;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<ReferralResponse> propose(@Valid @RequestBody ProposeReferralRequest request, Officer officer) {
    Referral referral = referrals.propose(mapper.toProposal(request), officer);
    return ResponseEntity.created(URI.create("/api/referrals/" + referral.getId()))
        .body(mapper.toResponse(referral));
  }

  @GetMapping("/{id}")
  ReferralResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(referrals.find(id, officer));
  }

  @GetMapping
  PageResponse<ReferralResponse> list(Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        referrals.list(officer, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "proposedAt"))),
        mapper::toResponse);
  }
}
