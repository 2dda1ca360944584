package cn.gov.sh.tradesecret.audit.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order and recomputes every hash: reports the first broken link (an
 * edited event, an edited hash, a removed or reordered entry).
 */
@Service
public class LedgerVerifier {

  private final JdbcTemplate jdbc;

  LedgerVerifier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The result of a verification.
   *
   * @param entries the entries of the chain
   * @param intact whether every link holds
   * @param firstBrokenLink where it breaks first, if it does
   * @param refused records of the domain topics that were not valid events: never appended, sent to
   *     the dead-letter topics
   */
  public record Verification(
      long entries, boolean intact, BrokenLink firstBrokenLink, long refused) {}

  /** Where and why the chain breaks. */
  public record BrokenLink(long seq, String eventId, String reason) {}

  @Transactional(readOnly = true)
  public Verification verify() {
    AtomicLong entries = new AtomicLong();
    AtomicReference<String> previousHash = new AtomicReference<>(Ledger.GENESIS);
    AtomicReference<BrokenLink> broken = new AtomicReference<>();
    jdbc.setFetchSize(500);
    jdbc.query(
        """
        select seq, event_id, topic, event_type, subject, event, event_hash, previous_hash, entry_hash, appended_at
        from ledger_entry order by seq""",
        (ResultSet rs) -> {
          long expectedSeq = entries.incrementAndGet();
          if (broken.get() == null) {
            BrokenLink link = check(rs, expectedSeq, previousHash.get());
            if (link != null) {
              broken.set(link);
            }
            previousHash.set(rs.getString("entry_hash"));
          }
        });
    long refused = jdbc.queryForObject("select count(*) from ledger_refusal", Long.class);
    return new Verification(entries.get(), broken.get() == null, broken.get(), refused);
  }

  private static BrokenLink check(ResultSet rs, long expectedSeq, String previousHash)
      throws SQLException {
    long seq = rs.getLong("seq");
    String eventId = rs.getString("event_id");
    if (seq != expectedSeq) {
      return new BrokenLink(seq, eventId, "entry " + expectedSeq + " is missing");
    }
    if (!rs.getString("previous_hash").equals(previousHash)) {
      return new BrokenLink(seq, eventId, "does not link to the previous entry");
    }
    if (!Ledger.sha256(rs.getString("event")).equals(rs.getString("event_hash"))) {
      return new BrokenLink(seq, eventId, "the event differs from the one appended");
    }
    String recomputed =
        Ledger.entryHash(
            seq,
            UUID.fromString(eventId),
            rs.getString("topic"),
            rs.getString("event_type"),
            rs.getString("subject"),
            rs.getString("event_hash"),
            rs.getString("previous_hash"),
            rs.getTimestamp("appended_at").toInstant());
    if (!recomputed.equals(rs.getString("entry_hash"))) {
      return new BrokenLink(seq, eventId, "the entry's fields differ from the ones appended");
    }
    return null;
  }
}
