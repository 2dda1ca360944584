package cn.gov.sh.tradesecret.enterprise.deposit.web;

import cn.gov.sh.tradesecret.enterprise.deposit.Deposits;
import cn.gov.sh.tradesecret.enterprise.deposit.EvidenceDeposit;
import cn.gov.sh.tradesecret.enterprise.timestamp.TimestampAuthority;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence deposits: an enterprise deposits a fingerprint and reads its own deposits; anyone
 * verifies a fingerprint and fetches the certificate its tokens verify against ({@link
 * PublicEndpoints}).
 */
@RestController
class DepositController {

  private final Deposits deposits;
  private final TimestampAuthority authority;
  private final DepositMapper mapper;

  DepositController(Deposits deposits, TimestampAuthority authority, DepositMapper mapper) {
    this.deposits = deposits;
    this.authority = authority;
    this.mapper = mapper;
  }

  /** Deposit a fingerprint (an enterprise): 201 with the receipt and the timestamp token. */
  @PostMapping("/api/deposits")
  ResponseEntity<DepositResponse> deposit(
      @Valid @RequestBody DepositRequest request, Officer caller) {
    EvidenceDeposit deposit = deposits.deposit(mapper.toDeposit(request), caller);
    return ResponseEntity.created(URI.create("/api/deposits/" + deposit.getId()))
        .body(mapper.toResponse(deposit));
  }

  @GetMapping("/api/deposits/{id}")
  DepositResponse get(@PathVariable UUID id, Officer caller) {
    return mapper.toResponse(deposits.find(id, caller));
  }

  /** The enterprise's own deposits, latest first. */
  @GetMapping("/api/deposits")
  PageResponse<DepositResponse> list(
      Officer caller,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        deposits.list(
            caller, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "depositedAt"))),
        mapper::toResponse);
  }

  /** Public: whether and when a fingerprint was deposited. */
  @GetMapping(PublicEndpoints.VERIFICATION)
  VerificationResponse verify(
      @RequestParam
          @NotNull
          @Pattern(regexp = DepositRequest.SHA256, message = DepositRequest.SHA256_MESSAGE)
          String sha256) {
    return mapper.toResponse(deposits.verify(sha256));
  }

  /** Public: the timestamping authority's certificate (PEM). */
  @GetMapping(value = PublicEndpoints.CERTIFICATE, produces = "application/x-pem-file")
  String certificate() {
    return authority.certificatePem();
  }
}
