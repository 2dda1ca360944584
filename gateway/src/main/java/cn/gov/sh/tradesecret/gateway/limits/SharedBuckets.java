package cn.gov.sh.tradesecret.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The token buckets of the rate limit, one per key, in the gateway's PostgreSQL database (table
 * {@code rate_limit_bucket}), so that every gateway instance draws on the same bucket. Each call is
 * a short transaction that locks the key's row: it blocks, so callers run it off the event loop. A
 * bucket keeps the limits it was made with; its row expires once the bucket would be full again and
 * is deleted within a minute after, so a change of the limits reaches an account once it has been
 * idle for that long.
 */
@Component
class SharedBuckets {

  private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

  private static final int REMOVAL_BATCH = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  private final BucketConfiguration configuration;

  SharedBuckets(DataSource dataSource, LimitProperties properties) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build();
    LimitProperties.RateLimit limit = properties.rateLimit();
    this.configuration =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(limit.burst())
                    .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                    .build())
            .build();
  }

  /** Takes one token from the bucket of {@code key}; blocks on the database. */
  ConsumptionProbe tryConsume(String key) {
    return this.buckets.getProxy(key, () -> this.configuration).tryConsumeAndReturnRemaining(1);
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
}
