package cn.gov.sh.tradesecret.identity.console;

import cn.gov.sh.tradesecret.identity.IdentityProperties;
import cn.gov.sh.tradesecret.identity.IdentityProperties.Console;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registration of the officers' console: a public client (it runs in the browser and keeps no
 * secret) that obtains tokens with the authorization-code grant, PKCE required (RFC 7636, OAuth
 * 2.1), for the scopes {@code openid profile}, and may end the officer's login with OpenID Connect
 * RP-initiated logout. First party: no consent page. Its refresh tokens are replaced at each use
 * (rotation, as RFC 9700 4.14.2 requires for public clients) and end {@link
 * Console#refreshTokenTimeToLive()} after the login.
 */
public final class OfficerConsole {

  private OfficerConsole() {}

  public static RegisteredClient registeredClient(IdentityProperties properties) {
    Console console = properties.console();
    return RegisteredClient.withId(console.clientId())
        .clientId(console.clientId())
        .clientName("Officers' console")
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .redirectUris((uris) -> uris.addAll(console.redirectUris()))
        .postLogoutRedirectUris((uris) -> uris.addAll(console.postLogoutRedirectUris()))
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(
            ClientSettings.builder()
                .requireProofKey(true)
                .requireAuthorizationConsent(false)
                .build())
        .tokenSettings(
            TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .refreshTokenTimeToLive(console.refreshTokenTimeToLive())
                .reuseRefreshTokens(false)
                .build())
        .build();
  }
}
