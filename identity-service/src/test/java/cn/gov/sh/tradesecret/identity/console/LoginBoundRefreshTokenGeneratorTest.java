package cn.gov.sh.tradesecret.identity.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;

class LoginBoundRefreshTokenGeneratorTest {

  private static final Instant LOGIN = Instant.parse("2026-03-02T01:00:00Z");

  private final RegisteredClient console =
      RegisteredClient.withId("officer-console")
          .clientId("officer-console")
          .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
          .redirectUri("http://localhost:5173/callback")
          .tokenSettings(
              TokenSettings.builder().refreshTokenTimeToLive(Duration.ofHours(8)).build())
          .build();

  @Test
  void firstRefreshTokenLivesTheClientsRefreshTokenTimeToLive() {
    OAuth2RefreshToken token =
        generatorAt(LOGIN).generate(refreshTokenContext(authorization(null)));

    assertThat(token.getIssuedAt()).isEqualTo(LOGIN);
    assertThat(token.getExpiresAt()).isEqualTo(LOGIN.plus(Duration.ofHours(8)));
    assertThat(token.getTokenValue()).hasSizeGreaterThanOrEqualTo(128);
  }

  @Test
  void replacingRefreshTokenExpiresWithTheLogin() {
    OAuth2RefreshToken first =
        generatorAt(LOGIN).generate(refreshTokenContext(authorization(null)));
    Instant later = LOGIN.plus(Duration.ofHours(5));

    OAuth2RefreshToken replacing =
        generatorAt(later).generate(refreshTokenContext(authorization(first)));

    assertThat(replacing.getIssuedAt()).isEqualTo(later);
    assertThat(replacing.getExpiresAt()).isEqualTo(first.getExpiresAt());
    assertThat(replacing.getTokenValue()).isNotEqualTo(first.getTokenValue());
  }

  @Test
  void generatesNoOtherTokenType() {
    DefaultOAuth2TokenContext context =
        DefaultOAuth2TokenContext.builder()
            .registeredClient(this.console)
            .tokenType(OAuth2TokenType.ACCESS_TOKEN)
            .build();

    assertThat(generatorAt(LOGIN).generate(context)).isNull();
  }

  private static LoginBoundRefreshTokenGenerator generatorAt(Instant now) {
    return new LoginBoundRefreshTokenGenerator(Clock.fixed(now, ZoneOffset.UTC));
  }

  private OAuth2Authorization authorization(OAuth2RefreshToken refreshToken) {
    OAuth2Authorization.Builder authorization =
        OAuth2Authorization.withRegisteredClient(this.console)
            .principalName("songjiang-officer")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
    if (refreshToken != null) {
      authorization.refreshToken(refreshToken);
    }
    return authorization.build();
  }

  private DefaultOAuth2TokenContext refreshTokenContext(OAuth2Authorization authorization) {
    return DefaultOAuth2TokenContext.builder()
        .registeredClient(this.console)
        .authorization(authorization)
        .tokenType(OAuth2TokenType.REFRESH_TOKEN)
        .build();
  }
}
