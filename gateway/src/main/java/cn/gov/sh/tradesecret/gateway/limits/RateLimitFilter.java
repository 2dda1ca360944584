package cn.gov.sh.tradesecret.gateway.limits;

import cn.gov.sh.tradesecret.gateway.problem.ProblemDetailWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits the requests of each account, person or agency system alike, with a token bucket: past the
 * limit the answer is 429 with {@code Retry-After} (seconds until a request is allowed again), and
 * the request never reaches a service. Runs after authentication, so the key is the token's
 * subject; requests without a token are limited per client address. Buckets live in this gateway's
 * memory: with several gateway instances, each allows the limit.
 */
@Component
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter implements WebFilter {

  /** After Spring Security's filter chain (order -100), which authenticates the request. */
  static final int ORDER = 0;

  private final LimitProperties.RateLimit limit;

  private final ProblemDetailWriter problems;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  RateLimitFilter(LimitProperties properties, ProblemDetailWriter problems) {
    this.limit = properties.rateLimit();
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .map((subject) -> "account:" + subject)
        .defaultIfEmpty("address:" + clientAddress(exchange))
        .flatMap(
            (key) -> {
              ConsumptionProbe probe =
                  buckets.get(key, this::newBucket).tryConsumeAndReturnRemaining(1);
              exchange
                  .getResponse()
                  .getHeaders()
                  .set("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
              if (probe.isConsumed()) {
                return chain.filter(exchange);
              }
              long seconds =
                  Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
              exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
              return problems.write(
                  exchange,
                  HttpStatus.TOO_MANY_REQUESTS,
                  ProblemDetailWriter.type("rate-limited"),
                  "the request limit of this account is reached; retry after " + seconds + " s");
            });
  }

  private Bucket newBucket(String key) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.burst())
                .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                .build())
        .build();
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
        .map((address) -> address.getAddress().getHostAddress())
        .orElse("unknown");
  }
}
