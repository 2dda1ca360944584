package cn.gov.sh.tradesecret.gateway.routing;

import cn.gov.sh.tradesecret.gateway.problem.ProblemDetailWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Answers with a problem detail instead of a bare 500 when the service behind a route fails at the
 * transport: 503 when it refuses the connection or cannot be resolved (stopped, restarting, not yet
 * started), so the caller may simply retry; 502 when it closed the connection before answering
 * (killed mid-request), since it may have acted: the caller retries with the same {@code
 * Idempotency-Key}, which the services honour. The cause is not the caller's either way.
 */
@Component
@Order(-2) // before Boot's default error handler (-1)
class UnreachableServiceHandler implements WebExceptionHandler {

  static final URI SERVICE_UNAVAILABLE = ProblemDetailWriter.type("service-unavailable");

  static final URI ANSWER_LOST = ProblemDetailWriter.type("service-answer-lost");

  private static final Logger log = LoggerFactory.getLogger(UnreachableServiceHandler.class);

  private final ProblemDetailWriter writer;

  UnreachableServiceHandler(ProblemDetailWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    boolean unreachable = has(failure, ConnectException.class, UnknownHostException.class);
    // a connection closed (PrematureCloseException) or reset (an IOException from the socket)
    boolean answerLost =
        !unreachable && has(failure, PrematureCloseException.class, IOException.class);
    if (!(unreachable || answerLost) || exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    String service = (route != null) ? route.getId() : "service";
    log.warn(
        "Route {} {} for {} {}: {}",
        service,
        unreachable ? "unreachable" : "closed the connection before answering",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        failure.toString());
    if (unreachable) {
      return this.writer.write(
          exchange,
          HttpStatus.SERVICE_UNAVAILABLE,
          SERVICE_UNAVAILABLE,
          "The " + service + " cannot be reached right now; try again shortly.");
    }
    return this.writer.write(
        exchange,
        HttpStatus.BAD_GATEWAY,
        ANSWER_LOST,
        "The "
            + service
            + " closed the connection before answering; it may have acted on the request. Send"
            + " it again with the same Idempotency-Key.");
  }

  @SafeVarargs
  private static boolean has(Throwable failure, Class<? extends Throwable>... kinds) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (Class<? extends Throwable> kind : kinds) {
        if (kind.isInstance(cause)) {
          return true;
        }
      }
    }
    return false;
  }
}
