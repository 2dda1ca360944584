package cn.gov.sh.tradesecret.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.remote.CommandResult;
import io.github.bucket4j.distributed.remote.Request;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Schedulers;

/**
 * The token buckets of the rate limit, one per key, in the gateway's PostgreSQL database (table
 * {@code rate_limit_bucket}), so that every gateway instance draws on the same bucket. A visit to
 * the database is a short transaction that locks the key's row; it blocks, so it runs off the event
 * loop, and the requests of one key that arrive meanwhile share the next visit (Bucket4j's
 * batching), instead of queueing on the row lock one transaction each.
 *
 * <p>Between visits an instance answers from its own copy of the bucket, and reports what it handed
 * out at its next visit: at most {@link LimitProperties.RateLimit#unsynchronizedTokens()} tokens or
 * {@link LimitProperties.RateLimit#synchronizationInterval()} after the last one (Bucket4j's delay
 * optimization). A lone instance stays exact (no one else draws on the bucket); with several, an
 * account may pass its limit by at most that many tokens per instance.
 *
 * <p>A bucket keeps the limits it was made with; its row expires once the bucket would be full
 * again and is deleted within a minute after, so a change of the limits reaches an account once it
 * has been idle for that long.
 */
@Component
class SharedBuckets {

  private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

  private static final int REMOVAL_BATCH = 1000;

  /** Accounts whose copy of the bucket an instance keeps (the least recently used go first). */
  private static final int KEPT_BUCKETS = 10_000;

  private final OffLoopBuckets buckets;

  private final CompletableFuture<BucketConfiguration> configuration;

  private final Optimization optimization;

  // The copies that answer between visits; one dropped before its next visit forgets at most the
  // unsynchronized tokens it handed out.
  private final Cache<String, AsyncBucketProxy> proxies;

  SharedBuckets(DataSource dataSource, LimitProperties properties) {
    this.buckets =
        new OffLoopBuckets(
            Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(
                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10))),
            (task) -> Schedulers.boundedElastic().schedule(task));
    LimitProperties.RateLimit limit = properties.rateLimit();
    this.configuration =
        CompletableFuture.completedFuture(
            BucketConfiguration.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build());
    // without unsynchronized tokens every request visits the database (still sharing a visit)
    this.optimization =
        limit.unsynchronizedTokens() > 0
            ? Optimizations.delaying(
                new DelayParameters(limit.unsynchronizedTokens(), limit.synchronizationInterval()))
            : Optimizations.batching();
    this.proxies =
        Caffeine.newBuilder()
            .maximumSize(KEPT_BUCKETS)
            .expireAfterAccess(Duration.ofMinutes(1))
            .build();
  }

  /**
   * Takes one token from the bucket of {@code key}: done at once from the instance's copy, or once
   * the database has answered.
   */
  CompletableFuture<ConsumptionProbe> tryConsume(String key) {
    return this.proxies.get(key, this::proxy).tryConsumeAndReturnRemaining(1);
  }

  private AsyncBucketProxy proxy(String key) {
    return this.buckets
        .asAsync()
        .builder()
        .withOptimization(this.optimization)
        .build(key, () -> this.configuration);
  }

  /** Deletes the rows of buckets that are full again (any instance may; each row goes once). */
  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  void removeExpired() {
    try {
      while (this.buckets.removeExpired(REMOVAL_BATCH) == REMOVAL_BATCH) {
        // a large backlog goes in batches
      }
    } catch (RuntimeException failure) {
      log.warn("Expired rate limit buckets not removed this time: {}", failure.toString());
    }
  }

  /**
   * Bucket4j's buckets in PostgreSQL, offered asynchronously: each transaction runs on {@code
   * executor}, so that a copy that needs no visit answers on the caller's thread.
   */
  private static final class OffLoopBuckets
      extends PostgreSQLSelectForUpdateBasedProxyManager<String> {

    private final Executor executor;

    OffLoopBuckets(
        Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder<String> builder,
        Executor executor) {
      super(builder);
      this.executor = executor;
    }

    @Override
    public boolean isAsyncModeSupported() {
      return true;
    }

    @Override
    public <T> CompletableFuture<CommandResult<T>> executeAsync(String key, Request<T> request) {
      try {
        return CompletableFuture.supplyAsync(() -> execute(key, request), this.executor);
      } catch (RejectedExecutionException overloaded) {
        // a failed answer, never a throw: a throw would leave the key locked in Bucket4j's batching
        return CompletableFuture.failedFuture(overloaded);
      }
    }
  }
}
