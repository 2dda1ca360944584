package cn.gov.sh.tradesecret.audit.ledger.web;

import cn.gov.sh.tradesecret.audit.ledger.Ledger;
import cn.gov.sh.tradesecret.audit.ledger.LedgerSignatures;
import cn.gov.sh.tradesecret.audit.ledger.LedgerVerifier;
import cn.gov.sh.tradesecret.audit.ledger.TimestampingUnavailableException;
import cn.gov.sh.tradesecret.audit.record.AuditReaders;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiExceptionHandler;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading and verifying the ledger: operators and the procuratorate. A district procuratorate reads
 * the entries of its district's events only ({@link AuditReaders#limitedTo}); the verification
 * walks the whole chain for every reader (its answer names at most the first broken link), and so
 * does the signing of its head, which the same readers may ask for at any time. Nothing here
 * changes an entry.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

  private static final Logger log = LoggerFactory.getLogger(LedgerController.class);

  private final LedgerVerifier verifier;
  private final Ledger ledger;
  private final LedgerSignatures signatures;

  LedgerController(LedgerVerifier verifier, Ledger ledger, LedgerSignatures signatures) {
    this.verifier = verifier;
    this.ledger = ledger;
    this.signatures = signatures;
  }

  @GetMapping("/verification")
  LedgerVerifier.Verification verify(Officer officer) {
    AuditReaders.requireReader(officer);
    return verifier.verify();
  }

  /**
   * Has the head of the chain signed by the timestamping authority now: 201 with the signed head,
   * or 200 with its signature when it is signed already.
   */
  @PostMapping("/signatures")
  ResponseEntity<SignedHeadResponse> sign(Officer officer) {
    AuditReaders.requireReader(officer);
    LedgerSignatures.Signing signing = signatures.signHead(officer.account());
    SignedHeadResponse body = SignedHeadResponse.of(signing.head());
    return signing.signedNow()
        ? ResponseEntity.created(URI.create("/api/ledger/signatures")).body(body)
        : ResponseEntity.ok(body);
  }

  /** The signed heads, latest first, each with its token for offline verification. */
  @GetMapping("/signatures")
  PageResponse<SignedHeadResponse> signatures(
      Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    AuditReaders.requireReader(officer);
    return PageResponse.of(signatures.signatures(page, size), SignedHeadResponse::of);
  }

  @GetMapping
  PageResponse<Ledger.Entry> entries(
      Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    AuditReaders.requireReader(officer);
    return PageResponse.of(
        ledger.entries(AuditReaders.limitedTo(officer), page, size), entry -> entry);
  }

  /** The entry of an event; 404 also for an entry of another district than a district reader's. */
  @GetMapping("/{eventId}")
  Ledger.Entry entry(Officer officer, @PathVariable UUID eventId) {
    AuditReaders.requireReader(officer);
    return ledger
        .entry(eventId, AuditReaders.limitedTo(officer))
        .orElseThrow(() -> DomainException.notFound("ledger entry", eventId));
  }

  /**
   * The authority is another service: when it cannot sign, the caller learns to come back later
   * (503), not that the ledger is at fault. Here rather than in service-support's handler, which
   * knows no such outside party.
   */
  @ExceptionHandler(TimestampingUnavailableException.class)
  ResponseEntity<ProblemDetail> authorityUnavailable(TimestampingUnavailableException e) {
    log.warn("Timestamping authority unavailable: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "30")
        .body(
            ApiExceptionHandler.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "timestamping-unavailable",
                "Timestamping authority unavailable",
                "the timestamping authority did not sign the ledger's head; nothing was stored,"
                    + " try again shortly",
                List.of()));
  }
}
