package cn.gov.sh.tradesecret.audit.ledger;

import cn.gov.sh.tradesecret.audit.record.AuditReaders;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and verifying the ledger: operators and the procuratorate. Nothing here changes it. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

  private final LedgerVerifier verifier;
  private final JdbcTemplate jdbc;

  LedgerController(LedgerVerifier verifier, JdbcTemplate jdbc) {
    this.verifier = verifier;
    this.jdbc = jdbc;
  }

  /** One entry of the chain. */
  record LedgerEntryResponse(long seq, String eventId, String topic, String eventType, String subject,
      String eventHash, String previousHash, String entryHash, Instant appendedAt) {}

  @GetMapping("/verification")
  LedgerVerifier.Verification verify(Officer officer) {
    AuditReaders.requireReader(officer);
    return verifier.verify();
  }

  @GetMapping
  PageResponse<LedgerEntryResponse> entries(Officer officer,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    AuditReaders.requireReader(officer);
    var entries = jdbc.query("""
        select seq, event_id, topic, event_type, subject, event_hash, previous_hash, entry_hash, appended_at
        from ledger_entry order by seq desc limit ? offset ?""",
        (rs, row) -> new LedgerEntryResponse(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()),
        size, (long) page * size);
    long total = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    return PageResponse.of(new PageImpl<>(entries, PageRequest.of(page, size), total), entry -> entry);
  }
}
