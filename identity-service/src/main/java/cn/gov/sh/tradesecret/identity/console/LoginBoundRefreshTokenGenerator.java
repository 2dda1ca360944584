package cn.gov.sh.tradesecret.identity.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Opaque refresh tokens for every client allowed the refresh-token grant, public clients included
 * (the stock {@link OAuth2RefreshTokenGenerator} issues none to a public client). A refresh token
 * that replaces another (rotation) expires when the replaced one would have, so refreshing never
 * extends a login beyond the client's refresh-token time to live.
 */
public final class LoginBoundRefreshTokenGenerator
    implements OAuth2TokenGenerator<OAuth2RefreshToken> {

  private final StringKeyGenerator values =
      new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

  private final Clock clock;

  public LoginBoundRefreshTokenGenerator() {
    this(Clock.systemUTC());
  }

  LoginBoundRefreshTokenGenerator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public OAuth2RefreshToken generate(OAuth2TokenContext context) {
    if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())) {
      return null;
    }
    Instant issuedAt = this.clock.instant();
    Instant expiresAt = expiryOfReplaced(context.getAuthorization());
    if (expiresAt == null) {
      expiresAt =
          issuedAt.plus(
              context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive());
    }
    return new OAuth2RefreshToken(this.values.generateKey(), issuedAt, expiresAt);
  }

  private static Instant expiryOfReplaced(OAuth2Authorization authorization) {
    if (authorization == null || authorization.getRefreshToken() == null) {
      return null;
    }
    return authorization.getRefreshToken().getToken().getExpiresAt();
  }
}
