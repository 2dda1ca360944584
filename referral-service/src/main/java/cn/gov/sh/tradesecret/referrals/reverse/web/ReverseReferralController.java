package cn.gov.sh.tradesecret.referrals.reverse.web;

import cn.gov.sh.tradesecret.referrals.reverse.ReverseReferral;
import cn.gov.sh.tradesecret.referrals.reverse.ReverseReferrals;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
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

/** Reverse referrals: the police submit one; it is read and listed by those who see it. */
@RestController
@RequestMapping("/api/reverse-referrals")
class ReverseReferralController {

  private final ReverseReferrals reverseReferrals;
  private final ReverseReferralMapper mapper;

  ReverseReferralController(ReverseReferrals reverseReferrals, ReverseReferralMapper mapper) {
    this.reverseReferrals = reverseReferrals;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<ReverseReferralResponse> submit(
      @Valid @RequestBody SubmitReverseReferralRequest request, Officer officer) {
    ReverseReferral reverse = reverseReferrals.submit(mapper.toSubmission(request), officer);
    return ResponseEntity.created(URI.create("/api/reverse-referrals/" + reverse.getId()))
        .body(mapper.toResponse(reverse));
  }

  @GetMapping("/{id}")
  ReverseReferralResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(reverseReferrals.find(id, officer));
  }

  @GetMapping
  PageResponse<ReverseReferralResponse> list(
      Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        reverseReferrals.list(
            officer, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "submittedAt"))),
        mapper::toResponse);
  }
}
