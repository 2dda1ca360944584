package cn.gov.sh.tradesecret.audit.ledger;

import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order and recomputes every hash: reports the first broken link (an
 * edited event, an edited hash, a removed or reordered entry). Then each head the timestamping
 * authority signed must be the entry hash the recomputed chain gives it, in a token signed by the
 * authority's certificate: a rewrite of entries before a signed head, even with every later hash
 * recomputed, parts from the signed head there.
 */
@Service
public class LedgerVerifier {

  private final JdbcTemplate jdbc;
  private final TimestampingAuthority authority;

  LedgerVerifier(JdbcTemplate jdbc, TimestampingAuthority authority) {
    this.jdbc = jdbc;
    this.authority = authority;
  }

  /**
   * The result of a verification.
   *
   * @param entries the entries of the chain
   * @param intact whether every link holds and every signed head checked is the recomputed one
   * @param firstBrokenLink where it breaks first, if it does
   * @param refused records of the domain topics that were not valid events: never appended, sent to
   *     the dead-letter topics
   * @param head the last entry of the chain (null when empty)
   * @param signatures what the signed heads say
   */
  public record Verification(
      long entries,
      boolean intact,
      BrokenLink firstBrokenLink,
      long refused,
      Head head,
      Signatures signatures) {}

  /**
   * Where and why the chain breaks: at entry {@code seq}, for a broken link; somewhere from entry
   * {@code from} to entry {@code seq} for a signed head the recomputed chain no longer reaches (the
   * entries since the last head that still verifies; their own hashes, recomputed, cannot say
   * which).
   */
  public record BrokenLink(long seq, String eventId, String reason, long from) {}

  /** An entry of the chain by its number and hash. */
  public record Head(long seq, String entryHash) {}

  /** A head the authority signed and the verification confirmed. */
  public record SignedHead(long seq, String entryHash, Instant signedAt) {}

  /** What the timestamping authority's signatures say of the chain. */
  public enum SignatureStatus {
    /** No head has been signed yet. */
    NONE,
    /** Every signed head up to the first broken link is the recomputed chain's. */
    VERIFIED,
    /** A signed head is not the recomputed chain's, or its token is not the authority's. */
    FAILED,
    /** The authority's certificate could not be had: the tokens were not checked. */
    UNCHECKED
  }

  /**
   * @param status what they say
   * @param signedHeads the heads the ledger holds a token for
   * @param verified how many of them were checked and hold
   * @param lastSignedHead the latest head that holds
   * @param unsignedEntries entries after it: protected by the chain's own hashes only
   * @param detail why they could not be checked, when UNCHECKED
   */
  public record Signatures(
      SignatureStatus status,
      long signedHeads,
      long verified,
      SignedHead lastSignedHead,
      long unsignedEntries,
      String detail) {}

  private record Token(byte[] token, Instant signedAt) {}

  /** The chain as it stands now, step by step. */
  private final class Walk {
    final Map<Long, Token> tokens = new TreeMap<>();
    X509Certificate certificate;
    String unchecked;
    long entries;
    String previousHash = Ledger.GENESIS;
    Head head;
    BrokenLink broken;
    SignedHead lastSigned;
    long verified;
    boolean signatureFailed;

    void entry(ResultSet rs) throws SQLException {
      long expectedSeq = ++entries;
      head = new Head(rs.getLong("seq"), rs.getString("entry_hash"));
      if (broken != null) {
        return;
      }
      broken = check(rs, expectedSeq, previousHash);
      previousHash = rs.getString("entry_hash");
      Token token = tokens.get(expectedSeq);
      if (broken == null && token != null && certificate != null) {
        String problem = HeadSignature.problem(token.token(), certificate, previousHash);
        if (problem == null) {
          lastSigned = new SignedHead(expectedSeq, previousHash, token.signedAt());
          verified++;
        } else {
          signatureFailed = true;
          broken =
              new BrokenLink(
                  expectedSeq,
                  rs.getString("event_id"),
                  "the head signed on "
                      + token.signedAt()
                      + " is not the recomputed chain's: "
                      + problem
                      + "; an entry from "
                      + since()
                      + " on was rewritten",
                  since());
        }
      }
    }

    /** A head the authority signed beyond the chain's end: entries were cut off. */
    void end() {
      if (broken != null || certificate == null) {
        return;
      }
      tokens.entrySet().stream()
          .filter(signed -> signed.getKey() > entries)
          .findFirst()
          .ifPresent(
              signed -> {
                signatureFailed = true;
                broken =
                    new BrokenLink(
                        entries + 1,
                        null,
                        "the chain ends at entry "
                            + entries
                            + " but the timestamping authority signed entry "
                            + signed.getKey()
                            + " on "
                            + signed.getValue().signedAt()
                            + ": entries were removed",
                        since());
              });
    }

    long since() {
      return lastSigned == null ? 1 : lastSigned.seq() + 1;
    }

    Signatures signatures() {
      SignatureStatus status;
      if (tokens.isEmpty()) {
        status = SignatureStatus.NONE;
      } else if (certificate == null) {
        status = SignatureStatus.UNCHECKED;
      } else if (signatureFailed) {
        status = SignatureStatus.FAILED;
      } else {
        status = SignatureStatus.VERIFIED;
      }
      return new Signatures(
          status,
          tokens.size(),
          verified,
          lastSigned,
          entries - (lastSigned == null ? 0 : lastSigned.seq()),
          unchecked);
    }
  }

  @Transactional(readOnly = true)
  public Verification verify() {
    Walk walk = new Walk();
    jdbc.query(
        "select seq, token, signed_at from ledger_signature order by seq",
        (ResultSet rs) -> {
          walk.tokens.put(
              rs.getLong("seq"),
              new Token(rs.getBytes("token"), rs.getTimestamp("signed_at").toInstant()));
        });
    if (!walk.tokens.isEmpty()) {
      try {
        walk.certificate = authority.certificate();
      } catch (TimestampingUnavailableException e) {
        walk.unchecked = e.getMessage();
      }
    }
    jdbc.setFetchSize(500);
    jdbc.query(
        """
        select seq, event_id, topic, event_type, subject, event, event_hash, previous_hash, entry_hash, appended_at
        from ledger_entry order by seq""",
        (ResultSet rs) -> walk.entry(rs));
    walk.end();
    long refused = jdbc.queryForObject("select count(*) from ledger_refusal", Long.class);
    return new Verification(
        walk.entries, walk.broken == null, walk.broken, refused, walk.head, walk.signatures());
  }

  private static BrokenLink check(ResultSet rs, long expectedSeq, String previousHash)
      throws SQLException {
    long seq = rs.getLong("seq");
    String eventId = rs.getString("event_id");
    if (seq != expectedSeq) {
      return new BrokenLink(seq, eventId, "entry " + expectedSeq + " is missing", expectedSeq);
    }
    if (!rs.getString("previous_hash").equals(previousHash)) {
      return new BrokenLink(seq, eventId, "does not link to the previous entry", seq);
    }
    if (!Ledger.sha256(rs.getString("event")).equals(rs.getString("event_hash"))) {
      return new BrokenLink(seq, eventId, "the event differs from the one appended", seq);
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
      return new BrokenLink(seq, eventId, "the entry's fields differ from the ones appended", seq);
    }
    return null;
  }
}
