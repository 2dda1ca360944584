package cn.gov.sh.tradesecret.gateway.limits;

import cn.gov.sh.tradesecret.gateway.problem.ProblemDetailWriter;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * subject; requests without a token are limited per client address. The buckets are shared by every
 * gateway instance ({@link SharedBuckets}, in PostgreSQL).
 *
 * <p>When the database does not answer within {@code platform.gateway.rate-limit.store-timeout},
 * requests pass unlimited (fail open), the counter {@value #UNLIMITED} counts them and the outage
 * is logged once: the limit protects the services from floods, it does not decide who may act
 * (tokens and the services' own checks do), so an outage of the gateway's small database must not
 * stop the whole platform.
 */
@Component
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter implements WebFilter {

  /** After Spring Security's filter chain (order -100), which authenticates the request. */
  static final int ORDER = 0;

  static final String UNLIMITED = "gateway.rate_limit.unlimited";

  private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

  private final SharedBuckets buckets;

  private final Duration storeTimeout;

  private final ProblemDetailWriter problems;

  private final Counter unlimited;

  private final AtomicBoolean storeAway = new AtomicBoolean();

  private volatile long nextTryNanos;

  RateLimitFilter(
      SharedBuckets buckets,
      LimitProperties properties,
      ProblemDetailWriter problems,
      MeterRegistry meters) {
    this.buckets = buckets;
    this.storeTimeout = properties.rateLimit().storeTimeout();
    this.problems = problems;
    this.unlimited =
        Counter.builder(UNLIMITED)
            .description(
                "Requests let through unlimited because the buckets' database did not answer")
            .register(meters);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .map((subject) -> "account:" + subject)
        .defaultIfEmpty("address:" + clientAddress(exchange))
        .flatMap(this::consume)
        .flatMap(
            (taken) -> {
              if (taken.isEmpty()) {
                return chain.filter(exchange);
              }
              ConsumptionProbe probe = taken.get();
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

  /**
   * The probe of the key's bucket, or none when the database does not answer in time. While it is
   * away, one request a {@code storeTimeout} tries it again and the others pass at once, so an
   * outage adds no wait to each request.
   */
  private Mono<Optional<ConsumptionProbe>> consume(String key) {
    if (this.storeAway.get() && System.nanoTime() < this.nextTryNanos) {
      this.unlimited.increment();
      return Mono.just(Optional.empty());
    }
    this.nextTryNanos = System.nanoTime() + this.storeTimeout.toNanos();
    CompletableFuture<ConsumptionProbe> taken;
    try {
      taken = this.buckets.tryConsume(key);
    } catch (RuntimeException failure) {
      return unlimited(failure);
    }
    if (taken.isDone() && !taken.isCompletedExceptionally()) {
      // answered from the instance's copy of the bucket: nothing to wait for
      return Mono.just(Optional.of(taken.join()));
    }
    return Mono.fromFuture(taken)
        .timeout(this.storeTimeout)
        .map(Optional::of)
        .doOnNext(
            (probe) -> {
              if (this.storeAway.compareAndSet(true, false)) {
                log.info("Rate limit buckets answer again: limits apply");
              }
            })
        .onErrorResume(this::unlimited);
  }

  private Mono<Optional<ConsumptionProbe>> unlimited(Throwable failure) {
    this.unlimited.increment();
    if (this.storeAway.compareAndSet(false, true)) {
      log.warn(
          "Rate limit buckets unavailable, requests pass unlimited until they answer: {}",
          failure.toString());
    }
    return Mono.just(Optional.empty());
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getRequest().getRemoteAddress())
        .map((address) -> address.getAddress().getHostAddress())
        .orElse("unknown");
  }
}
