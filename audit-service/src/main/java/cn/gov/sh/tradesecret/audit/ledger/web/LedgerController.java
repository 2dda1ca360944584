package cn.gov.sh.tradesecret.audit.ledger.web;

import cn.gov.sh.tradesecret.audit.ledger.Ledger;
import cn.gov.sh.tradesecret.audit.ledger.LedgerVerifier;
import cn.gov.sh.tradesecret.audit.record.AuditReaders;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and verifying the ledger: operators and the procuratorate. Nothing here changes it. */
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
    return PageResponse.of(ledger.entries(page, size), entry -> entry);
  }
}
