package cn.gov.sh.tradesecret.gateway.audit;

import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.gateway.correlation.CorrelationIdFilter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) when its answer is committed,
 * refusals included: who (from the validated token; {@code anonymous} without one), what, when,
 * from where, and the status. It runs before security so that refused requests are seen too; the
 * caller is captured by {@link CallerCapture} after authentication. Records go to {@code
 * audit-records} off the request thread; while Kafka is away they wait in a spool on disk ({@link
 * AuditPublisher}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AuditFilter implements WebFilter {

  static final String CALLER = AuditFilter.class.getName() + ".caller";

  private static final Set<HttpMethod> STATE_CHANGING =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+)(?=/|$)");

  private static final Pattern RESOURCE = Pattern.compile("^/api/([a-z-]+)");

  private final AuditPublisher publisher;

  AuditFilter(AuditPublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (STATE_CHANGING.contains(exchange.getRequest().getMethod())) {
      exchange
          .getResponse()
          .beforeCommit(
              () -> {
                publisher.publish(record(exchange));
                return Mono.empty();
              });
    }
    return chain.filter(exchange);
  }

  private AuditRecord record(ServerWebExchange exchange) {
    Optional<Jwt> caller = Optional.ofNullable(exchange.<Jwt>getAttribute(CALLER));
    String path = exchange.getRequest().getPath().value();
    int status =
        Optional.ofNullable(exchange.getResponse().getStatusCode())
            .map(HttpStatusCode::value)
            .orElse(200);
    return new AuditRecord(
        UUID.randomUUID().toString(),
        caller.map(Jwt::getSubject).orElse("anonymous"),
        caller.map((jwt) -> jwt.getClaimAsString("unit")).orElse(null),
        caller.map((jwt) -> jwt.getClaimAsString("agency")).orElse(null),
        exchange.getRequest().getMethod().name(),
        path,
        resource(path),
        identifiers(path),
        status,
        status < 400 ? "SUCCEEDED" : status < 500 ? "REFUSED" : "FAILED",
        Optional.ofNullable(exchange.getRequest().getRemoteAddress())
            .map((address) -> address.getAddress().getHostAddress())
            .orElse(null),
        exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE),
        Instant.now());
  }

  static String resource(String path) {
    Matcher matcher = RESOURCE.matcher(path);
    return matcher.find() ? matcher.group(1) : null;
  }

  static List<String> identifiers(String path) {
    return IDENTIFIER.matcher(path).results().map(java.util.regex.MatchResult::group).toList();
  }

  /** Keeps the authenticated caller's token where {@link AuditFilter} finds it. */
  @Component
  @Order(-99) // just after Spring Security's filter chain (-100)
  static class CallerCapture implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return exchange
          .getPrincipal()
          .filter(JwtAuthenticationToken.class::isInstance)
          .doOnNext(
              (principal) ->
                  exchange
                      .getAttributes()
                      .put(CALLER, ((JwtAuthenticationToken) principal).getToken()))
          .then(chain.filter(exchange));
    }
  }
}
