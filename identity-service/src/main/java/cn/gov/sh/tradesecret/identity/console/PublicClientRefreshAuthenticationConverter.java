package cn.gov.sh.tradesecret.identity.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads the client of a refresh-token request that names a client ({@code client_id}) and presents
 * no credentials: a public client, which has none (RFC 6749 6). The refresh token, bound to that
 * client, is what the request proves; {@link PublicClientRefreshAuthenticationProvider} accepts
 * only public clients allowed the grant. Requests with credentials are left to the stock
 * converters.
 */
public final class PublicClientRefreshAuthenticationConverter implements AuthenticationConverter {

  @Override
  public Authentication convert(HttpServletRequest request) {
    if (!HttpMethod.POST.matches(request.getMethod())
        || !AuthorizationGrantType.REFRESH_TOKEN
            .getValue()
            .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
        || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
      return null;
    }
    String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
    if (clientIds == null) {
      return null;
    }
    if (clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) {
      throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
    }
    return new OAuth2ClientAuthenticationToken(
        clientIds[0],
        ClientAuthenticationMethod.NONE,
        null,
        Map.of(OAuth2ParameterNames.GRANT_TYPE, AuthorizationGrantType.REFRESH_TOKEN.getValue()));
  }
}
