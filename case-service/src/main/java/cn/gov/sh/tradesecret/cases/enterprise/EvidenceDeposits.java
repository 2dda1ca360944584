package cn.gov.sh.tradesecret.cases.enterprise;

import cn.gov.sh.tradesecret.events.enterprises.EvidenceDeposited;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence deposits enterprises made (their fingerprints and times, never the documents), as
 * case-service learns them from {@code EvidenceDeposited}: what an officer attaches to a case by
 * its receipt.
 */
@Component
public class EvidenceDeposits {

  /** One deposit: who deposited which fingerprint, and when the timestamp token says. */
  public record Deposit(
      String receiptNumber,
      String sha256,
      String category,
      String creditCode,
      Instant depositedAt) {}

  private final JdbcTemplate jdbc;

  EvidenceDeposits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a deposit; the same deposit again changes nothing. */
  void record(EvidenceDeposited deposit) {
    jdbc.update(
        "insert into evidence_deposit (receipt_number, deposit_id, sha256, category, credit_code, district, deposited_at) "
            + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        deposit.receiptNumber(),
        UUID.fromString(deposit.depositId()),
        deposit.sha256().toLowerCase(Locale.ROOT),
        deposit.category(),
        deposit.creditCode(),
        deposit.district(),
        Timestamp.from(deposit.depositedAt()));
  }

  public Optional<Deposit> find(String receiptNumber) {
    return jdbc
        .query(
            "select receipt_number, sha256, category, credit_code, deposited_at from evidence_deposit where receipt_number = ?",
            (rs, row) ->
                new Deposit(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()),
            receiptNumber)
        .stream()
        .findFirst();
  }
}
