package cn.gov.sh.tradesecret.gateway.routing;

import cn.gov.sh.tradesecret.gateway.problem.ProblemDetailWriter;
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

/**
 * Answers 503 with a problem detail when the service behind a route refuses the connection or
 * cannot be resolved (stopped, restarting, not yet started), instead of a bare 500: the caller may
 * retry, and the cause is not theirs.
 */
@Component
@Order(-2) // before Boot's default error handler (-1)
class UnreachableServiceHandler implements WebExceptionHandler {

  static final URI SERVICE_UNAVAILABLE = ProblemDetailWriter.type("service-unavailable");

  private static final Logger log = LoggerFactory.getLogger(UnreachableServiceHandler.class);

  private final ProblemDetailWriter writer;

  UnreachableServiceHandler(ProblemDetailWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (!isUnreachable(failure) || exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    String service = (route != null) ? route.getId() : "service";
    log.warn(
        "Route {} unreachable for {} {}: {}",
        service,
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        failure.toString());
    return this.writer.write(
        exchange,
        HttpStatus.SERVICE_UNAVAILABLE,
        SERVICE_UNAVAILABLE,
        "The " + service + " cannot be reached right now; try again shortly.");
  }

  private static boolean isUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }
}
