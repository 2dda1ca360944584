package cn.gov.sh.tradesecret.gateway.security;

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
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class ValidatedTokensTest {

  final TestClock clock = new TestClock();

  final Instant start = TestClock.suiteStart();

  /** The issuer's checks, reduced to what the cache must respect: expiry and refused tokens. */
  final CheckingDecoder decoder = new CheckingDecoder();

  final ValidatedTokens tokens =
      new ValidatedTokens(this.decoder, 100, Duration.ofMinutes(5), this.clock);

  ValidatedTokensTest() {
    this.clock.freezeAt(this.start);
  }

  @Test
  void theSameTokenIsCheckedOnceWhileItLives() {
    this.decoder.expiring("officer", this.start.plus(Duration.ofMinutes(30)));

    Jwt first = this.tokens.decode("officer").block();
    this.clock.advance(Duration.ofMinutes(4));
    Jwt second = this.tokens.decode("officer").block();

    assertThat(second).isSameAs(first);
    assertThat(this.decoder.checked).containsExactly("officer");
  }

  @Test
  void anotherTokenIsCheckedOnItsOwn() {
    this.decoder.expiring("officer", this.start.plus(Duration.ofMinutes(30)));
    this.decoder.expiring("officer-renewed", this.start.plus(Duration.ofMinutes(30)));

    this.tokens.decode("officer").block();
    Jwt renewed = this.tokens.decode("officer-renewed").block();

    assertThat(renewed.getTokenValue()).isEqualTo("officer-renewed");
    assertThat(this.decoder.checked).containsExactly("officer", "officer-renewed");
  }

  @Test
  void aRememberedTokenIsRefusedOnceItExpires() {
    this.decoder.expiring("officer", this.start.plus(Duration.ofMinutes(3)));
    this.tokens.decode("officer").block();

    this.clock.advance(Duration.ofMinutes(3));

    assertThatThrownBy(() -> this.tokens.decode("officer").block())
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining("expired");
    assertThat(this.decoder.checked).containsExactly("officer", "officer");
  }

  @Test
  void aRememberedTokenIsCheckedAgainAfterTheMaximumAge() {
    this.decoder.expiring("officer", this.start.plus(Duration.ofMinutes(30)));
    this.tokens.decode("officer").block();

    this.clock.advance(Duration.ofMinutes(5));
    this.tokens.decode("officer").block();

    assertThat(this.decoder.checked).containsExactly("officer", "officer");
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    assertThatThrownBy(() -> this.tokens.decode("forged").block())
        .isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> this.tokens.decode("forged").block())
        .isInstanceOf(BadJwtException.class);

    assertThat(this.decoder.checked).containsExactly("forged", "forged");
  }

  /** Accepts the tokens it was told of until their expiry, refuses the others. */
  final class CheckingDecoder implements ReactiveJwtDecoder {

    final List<String> checked = new ArrayList<>();

    final Map<String, Instant> expiries = new HashMap<>();

    void expiring(String token, Instant expiresAt) {
      this.expiries.put(token, expiresAt);
    }

    @Override
    public Mono<Jwt> decode(String token) {
      this.checked.add(token);
      Instant expiresAt = this.expiries.get(token);
      if (expiresAt == null) {
        return Mono.error(new BadJwtException("unknown signature"));
      }
      if (!clock.instant().isBefore(expiresAt)) {
        return Mono.error(new BadJwtException("Jwt expired at " + expiresAt));
      }
      return Mono.just(
          Jwt.withTokenValue(token)
              .header("alg", "RS256")
              .subject("songjiang-officer")
              .issuedAt(start)
              .expiresAt(expiresAt)
              .build());
    }
  }
}
