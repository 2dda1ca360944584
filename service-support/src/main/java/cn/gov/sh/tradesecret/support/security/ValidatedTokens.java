package cn.gov.sh.tradesecret.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens that passed every check of the decoder it wraps (signature, issuer,
 * audience, lifetime), so that the next requests with the same token skip the parsing and the RSA
 * verification: the gateway has checked the token already, and an officer sends the same one for
 * half an hour. Keyed by the whole token, so only the very same signed bytes hit; a remembered
 * token is used only before its {@code exp}, and at most {@code maximumAge} after it was checked
 * (then the decoder checks it again, against the issuer's current keys). Refused tokens are never
 * remembered. The gateway's reactive twin is its {@code ValidatedTokens}.
 */
public final class ValidatedTokens implements JwtDecoder {

  private final JwtDecoder decoder;
  private final Clock clock;
  private final Cache<String, Jwt> validated;

  public ValidatedTokens(JwtDecoder decoder, long maximumSize, Duration maximumAge, Clock clock) {
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
  public Jwt decode(String token) throws JwtException {
    Jwt known = validated.getIfPresent(token);
    if (known != null && isUnexpired(known)) {
      return known;
    }
    Jwt checked = decoder.decode(token);
    validated.put(token, checked);
    return checked;
  }

  private boolean isUnexpired(Jwt jwt) {
    // TokenLifetime refuses tokens without exp, so a remembered one always has it.
    return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
  }

  /**
   * Wraps the service's decoder (Boot's, with the issuer, audience and lifetime checks) so that
   * every request's token goes through a {@link ValidatedTokens}: at most {@code
   * platform.security.validated-tokens} of them, each for at most {@code
   * platform.security.validated-token-age}, as in the gateway.
   */
  public static final class Remembering implements BeanPostProcessor {

    private final Environment environment;

    public Remembering(Environment environment) {
      this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof JwtDecoder decoder && !(bean instanceof ValidatedTokens)) {
        return new ValidatedTokens(
            decoder,
            environment.getProperty("platform.security.validated-tokens", Long.class, 10_000L),
            environment.getProperty(
                "platform.security.validated-token-age", Duration.class, Duration.ofMinutes(5)),
            Clock.systemUTC());
      }
      return bean;
    }
  }

  private static long nanosSinceEpoch(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
