package cn.gov.sh.tradesecret.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token that never expires, or that lives longer than the issuer ever grants ({@code
 * platform.security.max-token-lifetime}): Spring Security checks {@code exp} only when it is
 * present, so a token minted without one with a leaked key would otherwise open the platform for
 * good. Token lifetimes are real time, so this reads the system clock as Spring Security does.
 */
public final class TokenLifetime implements OAuth2TokenValidator<Jwt> {

  /** What identity-service's access tokens may live at most; its default TTL is 30 minutes. */
  public static final String MAX_LIFETIME_PROPERTY = "platform.security.max-token-lifetime";

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final Duration maximum;
  private final Clock clock;

  public TokenLifetime(Duration maximum, Clock clock) {
    this.maximum = maximum;
    this.clock = clock;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    Instant expiresAt = token.getExpiresAt();
    if (expiresAt == null) {
      return refused("the token has no expiry (exp)");
    }
    Instant issuedAt = token.getIssuedAt();
    if ((issuedAt != null && Duration.between(issuedAt, expiresAt).compareTo(maximum) > 0)
        || Duration.between(clock.instant(), expiresAt).compareTo(maximum.plus(CLOCK_SKEW)) > 0) {
      return refused("the token lives longer than the issuer's maximum of " + maximum);
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult refused(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
