package cn.gov.sh.tradesecret.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class ValidatedTokensTest {

  final TestClock clock = new TestClock();
  final Instant start = TestClock.suiteStart();

  /** The issuer's checks, reduced to what the cache must respect: expiry and refused tokens. */
  final CheckingDecoder decoder = new CheckingDecoder();

  final ValidatedTokens tokens = new ValidatedTokens(decoder, 100, Duration.ofMinutes(5), clock);

  ValidatedTokensTest() {
    clock.freezeAt(start);
  }

  @Test
  void theSameTokenIsCheckedOnceWhileItLives() {
    decoder.expiring("officer", start.plus(Duration.ofMinutes(30)));

    Jwt first = tokens.decode("officer");
    clock.advance(Duration.ofMinutes(4));
    Jwt second = tokens.decode("officer");

    assertThat(second).isSameAs(first);
    assertThat(decoder.checked).containsExactly("officer");
  }

  @Test
  void anotherTokenIsCheckedOnItsOwn() {
    decoder.expiring("officer", start.plus(Duration.ofMinutes(30)));
    decoder.expiring("officer-renewed", start.plus(Duration.ofMinutes(30)));

    tokens.decode("officer");
    Jwt renewed = tokens.decode("officer-renewed");

    assertThat(renewed.getTokenValue()).isEqualTo("officer-renewed");
    assertThat(decoder.checked).containsExactly("officer", "officer-renewed");
  }

  @Test
  void aRememberedTokenIsRefusedOnceItExpires() {
    decoder.expiring("officer", start.plus(Duration.ofMinutes(3)));
    tokens.decode("officer");

    clock.advance(Duration.ofMinutes(3));

    assertThatThrownBy(() -> tokens.decode("officer"))
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining("expired");
    assertThat(decoder.checked).containsExactly("officer", "officer");
  }

  @Test
  void aRememberedTokenIsCheckedAgainAfterTheMaximumAge() {
    decoder.expiring("officer", start.plus(Duration.ofMinutes(30)));
    tokens.decode("officer");

    clock.advance(Duration.ofMinutes(5));
    tokens.decode("officer");

    assertThat(decoder.checked).containsExactly("officer", "officer");
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

    assertThat(decoder.checked).containsExactly("forged", "forged");
  }

  @Test
  void theServiceDecoderIsWrappedSoEveryRequestGoesThroughTheCache() {
    new ApplicationContextRunner()
        .withBean(ValidatedTokens.Remembering.class)
        .withBean(JwtDecoder.class, () -> decoder)
        .run(
            context -> {
              JwtDecoder used = context.getBean(JwtDecoder.class);
              assertThat(used).isInstanceOf(ValidatedTokens.class);
              decoder.expiring("officer", start.plus(Duration.ofMinutes(30)));
              used.decode("officer");
              assertThat(decoder.checked).containsExactly("officer");
            });
  }

  /** Accepts the tokens it was told of until their expiry, refuses the others. */
  final class CheckingDecoder implements JwtDecoder {

    final List<String> checked = new ArrayList<>();
    final Map<String, Instant> expiries = new HashMap<>();

    void expiring(String token, Instant expiresAt) {
      expiries.put(token, expiresAt);
    }

    @Override
    public Jwt decode(String token) {
      checked.add(token);
      Instant expiresAt = expiries.get(token);
      if (expiresAt == null) {
        throw new BadJwtException("unknown signature");
      }
      if (!clock.instant().isBefore(expiresAt)) {
        throw new BadJwtException("Jwt expired at " + expiresAt);
      }
      return Jwt.withTokenValue(token)
          .header("alg", "RS256")
          .subject("songjiang-officer")
          .issuedAt(start)
          .expiresAt(expiresAt)
          .build();
    }
  }
}
