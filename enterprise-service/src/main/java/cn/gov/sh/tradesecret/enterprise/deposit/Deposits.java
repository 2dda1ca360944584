package cn.gov.sh.tradesecret.enterprise.deposit;

import cn.gov.sh.tradesecret.enterprise.caller.Enterprise;
import cn.gov.sh.tradesecret.enterprise.timestamp.TimestampAuthority;
import cn.gov.sh.tradesecret.events.enterprises.EvidenceDeposited;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposits fingerprints with a timestamp token, shows an enterprise its own deposits, and answers
 * anyone whether a fingerprint was deposited: when, and by whom only if the depositor allowed it.
 */
@Service
public class Deposits {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final DepositRepository deposits;
  private final TimestampAuthority authority;
  private final Outbox events;

  Deposits(DepositRepository deposits, TimestampAuthority authority, Outbox events) {
    this.deposits = deposits;
    this.authority = authority;
    this.events = events;
  }

  /** What an enterprise deposits: a fingerprint (64 hex digits) and how it names the document. */
  public record Deposit(
      String sha256, String title, EvidenceCategory category, boolean discloseDepositor) {}

  /** Whether a fingerprint was deposited, when, and by whom if the depositor allowed it. */
  public record Verification(
      String sha256, boolean deposited, Instant depositedAt, String depositor) {}

  /**
   * Stamps and stores the fingerprint; a fingerprint already deposited (by anyone) is refused, so
   * its first deposit stays the proof.
   */
  @Transactional
  public EvidenceDeposit deposit(Deposit deposit, Officer caller) {
    Enterprise enterprise =
        Enterprise.of(caller)
            .orElseThrow(() -> DomainException.forbidden("only an enterprise deposits evidence"));
    String sha256 = deposit.sha256().toLowerCase(Locale.ROOT);
    if (deposits.existsBySha256(sha256)) {
      throw DomainException.invalidField("sha256", "this fingerprint was already deposited");
    }
    long serial = deposits.nextSerial();
    TimeStampToken token =
        authority.stamp(HexFormat.of().parseHex(sha256), BigInteger.valueOf(serial));
    Instant depositedAt =
        token.getTimeStampInfo().getGenTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    EvidenceDeposit saved =
        deposits.save(
            new EvidenceDeposit(
                UUID.randomUUID(),
                "ED-%d-%06d".formatted(depositedAt.atZone(SHANGHAI).getYear(), serial),
                enterprise.account(),
                enterprise.creditCode(),
                sha256,
                deposit.title().strip(),
                deposit.category(),
                deposit.discloseDepositor(),
                depositedAt,
                encoded(token)));
    events.append(
        new EvidenceDeposited(
            saved.getId().toString(),
            saved.getReceiptNumber(),
            sha256,
            deposit.category().name(),
            enterprise.creditCode(),
            enterprise.district(),
            depositedAt));
    return saved;
  }

  /** One of the enterprise's own deposits; any other is "not found". */
  @Transactional(readOnly = true)
  public EvidenceDeposit find(UUID id, Officer caller) {
    Optional<Enterprise> enterprise = Enterprise.of(caller);
    return deposits
        .findById(id)
        .filter(
            deposit ->
                enterprise.map(e -> e.creditCode().equals(deposit.getCreditCode())).orElse(false))
        .orElseThrow(() -> DomainException.notFound("deposit", id));
  }

  /** The enterprise's own deposits. */
  @Transactional(readOnly = true)
  public Page<EvidenceDeposit> list(Officer caller, Pageable pageable) {
    Enterprise enterprise =
        Enterprise.of(caller)
            .orElseThrow(
                () -> DomainException.forbidden("an enterprise lists its own deposits only"));
    return deposits.findByCreditCode(enterprise.creditCode(), pageable);
  }

  /** Public: whether and when {@code sha256} was deposited, and by whom if allowed. */
  @Transactional(readOnly = true)
  public Verification verify(String sha256) {
    String fingerprint = sha256.toLowerCase(Locale.ROOT);
    return deposits
        .findBySha256(fingerprint)
        .map(
            deposit ->
                new Verification(
                    fingerprint,
                    true,
                    deposit.getDepositedAt(),
                    deposit.isDiscloseDepositor() ? deposit.getCreditCode() : null))
        .orElseGet(() -> new Verification(fingerprint, false, null, null));
  }

  private static byte[] encoded(TimeStampToken token) {
    try {
      return token.getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
