package cn.gov.sh.tradesecret.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens that passed every check of the decoder it wraps (signature, issuer,
 * audience, lifetime), so that an officer's next requests with the same token skip the parsing and
 * the RSA verification, which took a tenth of the gateway's CPU per request. Keyed by the whole
 * token, so only the very same signed bytes hit; a remembered token is used only before its {@code
 * exp}, and at most {@code maximumAge} after it was checked (after that the decoder checks it
 * again, against the issuer's current keys). Refused tokens are never remembered.
 */
class ValidatedTokens implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder decoder;

  private final Clock clock;

  private final Cache<String, Jwt> validated;

  ValidatedTokens(ReactiveJwtDecoder decoder, int maximumSize, Duration maximumAge, Clock clock) {
    this.decoder = decoder;
    this.clock = clock;
    this.validated =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .expireAfterWrite(maximumAge)
            // the same time as the expiry check, so that tests can move it
            .ticker(() -> nanosSinceEpoch(clock.instant()))
            .build();
  }

  @Override
  public Mono<Jwt> decode(String token) throws JwtException {
    Jwt known = this.validated.getIfPresent(token);
    if (known != null && isUnexpired(known)) {
      return Mono.just(known);
    }
    return this.decoder.decode(token).doOnNext((jwt) -> this.validated.put(token, jwt));
  }

  private boolean isUnexpired(Jwt jwt) {
    // TokenLifetimeValidator refuses tokens without exp, so a remembered one always has it.
    return jwt.getExpiresAt() != null && this.clock.instant().isBefore(jwt.getExpiresAt());
  }

  private static long nanosSinceEpoch(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
