package cn.gov.sh.tradesecret.audit.ledger.web;

import cn.gov.sh.tradesecret.audit.ledger.Ledger;
import cn.gov.sh.tradesecret.audit.ledger.LedgerVerifier;
import cn.gov.sh.tradesecret.audit.record.AuditReaders;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading and verifying the ledger: operators and the procuratorate. A district procuratorate reads
 * the entries of its district's events only ({@link AuditReaders#limitedTo}); the verification
 * walks the whole chain for every reader (its answer names at most the first broken link). Nothing
 * here changes the ledger.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

  private final LedgerVerifier verifier;
  private final Ledger ledger;

  LedgerController(LedgerVerifier verifier, Ledger ledger) {
    this.verifier = verifier;
    this.ledger = ledger;
  }

  @GetMapping("/verification")
  LedgerVerifier.Verification verify(Officer officer) {
    AuditReaders.requireReader(officer);
    return verifier.verify();
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
}
