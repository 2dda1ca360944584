package cn.gov.sh.tradesecret.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same throttle at the token endpoint for an agency system's client secret, which is the
 * account's password too: guesses there count against the account and the address like failed
 * logins at the form, and once these are used up the endpoint answers 429 with {@code Retry-After}
 * before checking the secret. Only a request answered 401 (a wrong secret) counts, after the fact,
 * so that an agency system's concurrent requests with the right secret never take each other's
 * places. Requests without a secret (the console's PKCE and refresh requests) pass untouched.
 */
public final class ClientSecretThrottleFilter extends OncePerRequestFilter {

  private static final String BASIC = "basic ";

  private final RequestMatcher tokenEndpoint;
  private final LoginThrottle throttle;

  public ClientSecretThrottleFilter(String tokenEndpoint, LoginThrottle throttle) {
    this.tokenEndpoint =
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, tokenEndpoint);
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !this.tokenEndpoint.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> client = clientWithSecret(request);
    if (client.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = this.throttle.admit(client.get(), address);
    if (wait.isPresent()) {
      refuse(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      this.throttle.failed(client.get(), address);
    }
  }

  /** The client id of a request that authenticates with a secret (RFC 6749 2.3.1). */
  private static Optional<String> clientWithSecret(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
      try {
        String credentials =
            new String(
                Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        String id = (colon < 0) ? credentials : credentials.substring(0, colon);
        return Optional.of(URLDecoder.decode(id, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException ex) {
        // Not Base64 or not form-encoded: the endpoint refuses it without checking any secret.
        return Optional.empty();
      }
    }
    if (request.getParameter("client_secret") != null) {
      return Optional.ofNullable(request.getParameter("client_id"));
    }
    return Optional.empty();
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottle.seconds(wait)));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"error\":\"invalid_client\",\"error_description\":\"Too many failed attempts for"
                + " this client or from this address: retry after the time in Retry-After.\"}");
  }
}
