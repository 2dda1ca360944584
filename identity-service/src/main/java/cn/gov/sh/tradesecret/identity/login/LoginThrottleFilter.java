package cn.gov.sh.tradesecret.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's password check: a login for an account or from an address that has
 * used up its failures is answered 429 with {@code Retry-After} and a page that says how long to
 * wait, and the password is not even checked. Goes into the login filter chain only (it is no bean,
 * so that it is not registered for every request).
 */
public final class LoginThrottleFilter extends OncePerRequestFilter {

  private static final String USERNAME = "username";

  private final RequestMatcher login;
  private final LoginThrottle throttle;

  public LoginThrottleFilter(String loginPage, LoginThrottle throttle) {
    this.login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPage);
    this.throttle = throttle;
  }

  /** Wraps the form login's failure handler: only a failed login counts. */
  public AuthenticationFailureHandler countingFailures(AuthenticationFailureHandler handler) {
    return (request, response, exception) -> {
      this.throttle.failed(account(request), request.getRemoteAddr());
      handler.onAuthenticationFailure(request, response, exception);
    };
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !this.login.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Duration> wait = this.throttle.admit(account(request), request.getRemoteAddr());
    if (wait.isPresent()) {
      refuse(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
  }

  private static String account(HttpServletRequest request) {
    return Objects.requireNonNullElse(request.getParameter(USERNAME), "");
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = LoginThrottle.seconds(wait);
    long minutes = (seconds + 59) / 60;
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Too many failed logins</title></head>
            <body><h1>Too many failed logins</h1>
            <p>Logins for this account or from this address are paused. Please wait %d minute(s), \
            then <a href="login">log in again</a>.</p></body></html>
            """
                .formatted(minutes));
  }
}
