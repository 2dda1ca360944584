package cn.gov.sh.tradesecret.audit.ledger;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The ledger's head signed by the platform's timestamping authority: an RFC 3161 token whose
 * imprint is the head's entry hash, kept beside the chain. Only a chain that verifies is signed, so
 * a token says: the chain up to this entry was intact, and was so no later than the token's time.
 */
@Service
public class LedgerSignatures {

  private final JdbcTemplate jdbc;
  private final LedgerVerifier verifier;
  private final TimestampingAuthority authority;

  LedgerSignatures(JdbcTemplate jdbc, LedgerVerifier verifier, TimestampingAuthority authority) {
    this.jdbc = jdbc;
    this.verifier = verifier;
    this.authority = authority;
  }

  /**
   * A signed head of the chain.
   *
   * @param seq the entry
   * @param entryHash its hash, the token's imprint
   * @param signedAt the token's time
   * @param requestedBy the account that asked for it ({@code schedule} for the schedule)
   * @param token the RFC 3161 token (DER), for {@code openssl ts -verify -token_in -digest
   *     <entryHash>} against the authority's published certificate
   */
  public record SignedHead(
      long seq, String entryHash, Instant signedAt, String requestedBy, byte[] token) {}

  /**
   * The outcome of asking for a signature.
   *
   * @param head the signed head
   * @param signedNow whether it was signed now, or had been already
   */
  public record Signing(SignedHead head, boolean signedNow) {}

  /**
   * Signs the head of the chain, unless it is signed already: the whole chain is verified first,
   * and a broken one is not signed (409 {@code ledger-broken}); an empty one neither (409 {@code
   * ledger-empty}).
   *
   * @throws TimestampingUnavailableException when the authority does not answer with a token its
   *     certificate verifies
   */
  public Signing signHead(String requestedBy) {
    LedgerVerifier.Verification verification = verifier.verify();
    LedgerVerifier.Head head = verification.head();
    if (head == null) {
      throw DomainException.conflict("ledger-empty", "the ledger holds no entry to sign yet");
    }
    if (!verification.intact()) {
      throw DomainException.conflict(
          "ledger-broken",
          "the chain is broken at entry "
              + verification.firstBrokenLink().seq()
              + " ("
              + verification.firstBrokenLink().reason()
              + "): its head is not signed");
    }
    Optional<SignedHead> signed = signature(head.seq());
    if (signed.isPresent()) {
      return new Signing(signed.get(), false);
    }
    TimeStampToken token = authority.timestamp(HexFormat.of().parseHex(head.entryHash()));
    byte[] encoded = encoded(token);
    String problem = HeadSignature.problem(encoded, authority.certificate(), head.entryHash());
    if (problem != null) {
      throw new TimestampingUnavailableException(
          "the authority's answer does not verify: " + problem, null);
    }
    int inserted =
        jdbc.update(
            """
            insert into ledger_signature (seq, entry_hash, token, signed_at, requested_by)
            values (?, ?, ?, ?, ?) on conflict (seq) do nothing""",
            head.seq(),
            head.entryHash(),
            encoded,
            Timestamp.from(HeadSignature.signedAt(encoded)),
            requestedBy);
    // another instance may have signed the same head meanwhile: its token stands
    return new Signing(signature(head.seq()).orElseThrow(), inserted == 1);
  }

  /** Whether the head of the chain has moved past its last signature (or was never signed). */
  public boolean headUnsigned() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            select coalesce((select max(seq) from ledger_entry), 0)
                   > coalesce((select max(seq) from ledger_signature), 0)""",
            Boolean.class));
  }

  /** The signed heads, latest first. */
  public Page<SignedHead> signatures(int page, int size) {
    List<SignedHead> heads =
        jdbc.query(
            "select " + COLUMNS + " from ledger_signature order by seq desc limit ? offset ?",
            SIGNED_HEAD,
            size,
            (long) page * size);
    long total = jdbc.queryForObject("select count(*) from ledger_signature", Long.class);
    return new PageImpl<>(heads, PageRequest.of(page, size), total);
  }

  private Optional<SignedHead> signature(long seq) {
    return jdbc
        .query("select " + COLUMNS + " from ledger_signature where seq = ?", SIGNED_HEAD, seq)
        .stream()
        .findFirst();
  }

  private static final String COLUMNS = "seq, entry_hash, signed_at, requested_by, token";

  private static final RowMapper<SignedHead> SIGNED_HEAD =
      (rs, row) ->
          new SignedHead(
              rs.getLong(1),
              rs.getString(2),
              rs.getTimestamp(3).toInstant(),
              rs.getString(4),
              rs.getBytes(5));

  private static byte[] encoded(TimeStampToken token) {
    try {
      return token.getEncoded();
    } catch (java.io.IOException e) {
      throw new TimestampingUnavailableException("the authority's token cannot be encoded", e);
    }
  }
}
