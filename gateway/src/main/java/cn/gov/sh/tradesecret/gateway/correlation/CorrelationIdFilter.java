package cn.gov.sh.tradesecret.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id in {@value #HEADER}: a well-formed incoming id (at most 64
 * letters, digits or hyphens) is kept, anything else is replaced by a random UUID. The id is passed
 * downstream and returned in the response.
 *
 * <p>A web filter rather than a gateway filter, and ahead of security, so that refused and unrouted
 * requests carry the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

  /** Header carrying the correlation id, in requests and responses. */
  public static final String HEADER = "X-Correlation-Id";

  /** Attribute of the exchange holding the id. */
  public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
    String id = isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    ServerWebExchange withId =
        exchange
            .mutate()
            .request((request) -> request.headers((headers) -> headers.set(HEADER, id)))
            .build();
    withId.getAttributes().put(ATTRIBUTE, id);
    // Set at commit time so that a downstream response cannot replace or drop it.
    withId
        .getResponse()
        .beforeCommit(
            () -> {
              withId.getResponse().getHeaders().set(HEADER, id);
              return Mono.empty();
            });
    return chain.filter(withId);
  }

  static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }
}
