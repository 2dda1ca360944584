package cn.gov.sh.tradesecret.referrals.confirmation.web;

import cn.gov.sh.tradesecret.referrals.confirmation.Confirmations;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Judicial confirmations: the court reads, grants ({@code POST .../grant}) or refuses ({@code POST
 * .../refusal}).
 */
@RestController
@RequestMapping("/api/confirmations")
class ConfirmationController {

  private final Confirmations confirmations;
  private final ConfirmationMapper mapper;

  ConfirmationController(Confirmations confirmations, ConfirmationMapper mapper) {
    this.confirmations = confirmations;
    this.mapper = mapper;
  }

  @GetMapping
  PageResponse<ConfirmationResponse> list(
      Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        confirmations.list(
            officer, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "requestedAt"))),
        mapper::toResponse);
  }

  @GetMapping("/{id}")
  ConfirmationResponse get(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(confirmations.find(id, officer));
  }

  @PostMapping("/{id}/grant")
  ConfirmationResponse grant(@PathVariable UUID id, Officer officer) {
    return mapper.toResponse(confirmations.grant(id, officer));
  }

  @PostMapping("/{id}/refusal")
  ConfirmationResponse refuse(
      @PathVariable UUID id,
      @Valid @RequestBody RefuseConfirmationRequest request,
      Officer officer) {
    return mapper.toResponse(confirmations.refuse(id, request.reasons(), officer));
  }
}
