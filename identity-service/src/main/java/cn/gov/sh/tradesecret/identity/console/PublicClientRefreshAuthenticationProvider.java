package cn.gov.sh.tradesecret.identity.console;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Authenticates the public client of a refresh-token request read by {@link
 * PublicClientRefreshAuthenticationConverter}: only a registered client whose authentication method
 * is {@code none} and that is allowed the refresh-token grant. The token endpoint then checks that
 * the refresh token was issued to that client and is still active. Leaves every other client
 * authentication (PKCE, secrets) to the stock providers.
 */
public final class PublicClientRefreshAuthenticationProvider implements AuthenticationProvider {

  private final RegisteredClientRepository clients;

  public PublicClientRefreshAuthenticationProvider(RegisteredClientRepository clients) {
    this.clients = clients;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
    if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
        || !AuthorizationGrantType.REFRESH_TOKEN
            .getValue()
            .equals(request.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE))) {
      return null;
    }
    RegisteredClient client = this.clients.findByClientId(String.valueOf(request.getPrincipal()));
    if (client == null
        || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
        || !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_CLIENT,
              "Client authentication failed: " + OAuth2ParameterNames.CLIENT_ID,
              null));
    }
    return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
