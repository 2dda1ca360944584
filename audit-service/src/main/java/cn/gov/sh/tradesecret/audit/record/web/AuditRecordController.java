package cn.gov.sh.tradesecret.audit.record.web;

import cn.gov.sh.tradesecret.audit.record.AuditLog;
import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Querying the audit log; there is no endpoint that changes it. */
@RestController
@RequestMapping("/api/audit-records")
class AuditRecordController {

  private final AuditLog log;

  AuditRecordController(AuditLog log) {
    this.log = log;
  }

  @GetMapping
  List<AuditRecord> find(
      Officer officer,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @Pattern(regexp = "SUCCEEDED|REFUSED|FAILED") String outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return log.find(new AuditLog.Query(account, unit, outcome, from, to, page, size), officer);
  }
}
