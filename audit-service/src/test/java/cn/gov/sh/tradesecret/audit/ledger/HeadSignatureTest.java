package cn.gov.sh.tradesecret.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The check of a signed head, on tokens of a real BouncyCastle authority. */
class HeadSignatureTest {

  static final TestTimestampingAuthority AUTHORITY = new TestTimestampingAuthority();
  static final TestTimestampingAuthority ANOTHER_AUTHORITY = new TestTimestampingAuthority();

  static final String HEAD = Ledger.sha256("entry 42");

  @Test
  void aTokenOfTheAuthorityOverTheRecomputedHeadHolds() {
    Instant before = TestClock.now().truncatedTo(ChronoUnit.MILLIS);
    byte[] token = AUTHORITY.token(HexFormat.of().parseHex(HEAD));

    assertThat(HeadSignature.problem(token, AUTHORITY.certificate(), HEAD)).isNull();
    assertThat(HeadSignature.signedAt(token)).isBetween(before, TestClock.now());
  }

  @Test
  void aHeadRecomputedAfterARewriteIsNotTheOneSigned() {
    byte[] token = AUTHORITY.token(HexFormat.of().parseHex(HEAD));

    assertThat(HeadSignature.problem(token, AUTHORITY.certificate(), Ledger.sha256("rewritten")))
        .contains("signed another hash");
  }

  @Test
  void aTokenOfAnotherAuthorityOverTheRightHeadIsNotTheAuthoritys() {
    byte[] forged = ANOTHER_AUTHORITY.token(HexFormat.of().parseHex(HEAD));

    assertThat(HeadSignature.problem(forged, AUTHORITY.certificate(), HEAD))
        .contains("not signed by the timestamping authority");
  }

  @Test
  void aTokenWithAnAlteredByteIsNotTheAuthoritys() {
    byte[] token = AUTHORITY.token(HexFormat.of().parseHex(HEAD));
    byte[] altered = token.clone();
    altered[altered.length - 10] ^= 0x01; // inside the signature value

    assertThat(HeadSignature.problem(altered, AUTHORITY.certificate(), HEAD)).isNotNull();
  }

  @Test
  void bytesThatAreNoTokenAreUnreadable() {
    assertThat(HeadSignature.problem(new byte[] {1, 2, 3}, AUTHORITY.certificate(), HEAD))
        .contains("unreadable");
    assertThat(HeadSignature.problem(new byte[0], AUTHORITY.certificate(), HEAD))
        .contains("unreadable");
  }
}
