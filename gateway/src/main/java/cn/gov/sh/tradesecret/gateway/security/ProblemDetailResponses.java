package cn.gov.sh.tradesecret.gateway.security;

import cn.gov.sh.tradesecret.gateway.problem.ProblemDetailWriter;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers refused requests with a problem detail and, on 401, the RFC 6750 {@code WWW-Authenticate}
 * challenge. Why a token failed (expired, forged, wrong issuer) is logged by Spring Security, never
 * told to the caller.
 */
@Component
class ProblemDetailResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  static final URI UNAUTHENTICATED = ProblemDetailWriter.type("unauthenticated");

  static final URI FORBIDDEN = ProblemDetailWriter.type("forbidden");

  private final ProblemDetailWriter writer;

  ProblemDetailResponses(ProblemDetailWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
    boolean tokenPresented = exception instanceof OAuth2AuthenticationException;
    String challenge = tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer";
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
    String detail =
        tokenPresented
            ? "The bearer access token is malformed, expired, not signed by the platform's issuer or not meant for this platform."
            : "This request needs a bearer access token of the platform.";
    return this.writer.write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, detail);
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return this.writer.write(
        exchange,
        HttpStatus.FORBIDDEN,
        FORBIDDEN,
        "The account's roles do not allow this request.");
  }
}
