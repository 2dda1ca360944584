package cn.gov.sh.tradesecret.identity.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Where the logout endpoint may send the browser back: a registered post-logout redirect URI,
 * matched as the authorization endpoint matches redirect URIs, exactly except that a loopback IP
 * ({@code 127.0.0.1}, {@code [::1]}) may come with any port (RFC 8252 section 7.3): a console on
 * the officer's own machine picks its port when it starts. Anything else is refused with {@code
 * invalid_request} and the browser is sent nowhere.
 */
public final class PostLogoutRedirectUriValidator
    implements Consumer<OidcLogoutAuthenticationContext> {

  @Override
  public void accept(OidcLogoutAuthenticationContext context) {
    OidcLogoutAuthenticationToken logout = context.getAuthentication();
    String requested = logout.getPostLogoutRedirectUri();
    if (!StringUtils.hasText(requested)) {
      return;
    }
    boolean registered =
        context.getRegisteredClient().getPostLogoutRedirectUris().stream()
            .anyMatch((uri) -> matches(uri, requested));
    if (!registered) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_REQUEST,
              "OpenID Connect 1.0 Logout Request Parameter: post_logout_redirect_uri",
              "https://openid.net/specs/openid-connect-rpinitiated-1_0.html#ValidationAndErrorHandling"));
    }
  }

  static boolean matches(String registered, String requested) {
    if (registered.equals(requested)) {
      return true;
    }
    try {
      URI expected = new URI(registered);
      URI actual = new URI(requested);
      return isLoopbackIp(expected.getHost())
          && Objects.equals(expected.getScheme(), actual.getScheme())
          && Objects.equals(expected.getHost(), actual.getHost())
          && actual.getRawUserInfo() == null
          && Objects.equals(expected.getRawPath(), actual.getRawPath())
          && Objects.equals(expected.getRawQuery(), actual.getRawQuery())
          && actual.getRawFragment() == null;
    } catch (URISyntaxException ex) {
      return false;
    }
  }

  private static boolean isLoopbackIp(String host) {
    return "127.0.0.1".equals(host) || "[::1]".equals(host);
  }
}
