package cn.gov.sh.tradesecret.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token that would never expire (no {@code exp}) or that lives longer than the issuer's
 * maximum ({@code exp - iat} above {@code platform.security.max-token-lifetime}), or that still has
 * more than that maximum to live (a token without {@code iat}: Spring Security then takes {@code
 * exp} less one second as its issue time): a leaked token must stop working soon. Spring Security's
 * own timestamp check accepts a token without {@code exp}. The auto-configured JWT decoder adds
 * every {@code OAuth2TokenValidator<Jwt>} bean to its checks.
 */
class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

  /** The clock skew that Spring Security's timestamp check allows too. */
  private static final Duration SKEW = Duration.ofSeconds(60);

  private final Duration maximum;

  private final Clock clock;

  TokenLifetimeValidator(Duration maximum, Clock clock) {
    this.maximum = maximum;
    this.clock = clock;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    Instant expiresAt = token.getExpiresAt();
    Instant issuedAt = token.getIssuedAt();
    if (expiresAt == null) {
      return refused("The token has no expiry (exp).");
    }
    if (issuedAt != null && Duration.between(issuedAt, expiresAt).compareTo(this.maximum) > 0) {
      return refused("The token lives longer than " + this.maximum + ".");
    }
    Instant latestExpiry = this.clock.instant().plus(this.maximum).plus(SKEW);
    if (expiresAt.isAfter(latestExpiry)) {
      return refused("The token expires more than " + this.maximum + " from now.");
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult refused(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
