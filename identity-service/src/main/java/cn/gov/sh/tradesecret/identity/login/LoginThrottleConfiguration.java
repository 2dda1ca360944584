package cn.gov.sh.tradesecret.identity.login;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The login throttle's buckets in PostgreSQL (Bucket4j, table {@code login_throttle}, a row locked
 * with {@code SELECT ... FOR UPDATE} while it changes), timed by the service's clock.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

  private final Clock clock;

  LoginThrottleConfiguration(ObjectProvider<Clock> clock) {
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Bean
  LoginThrottle loginThrottle(DataSource dataSource, LoginThrottleProperties properties) {
    ProxyManager<String> buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("login_throttle")
            .clientClock(timeMeter(this.clock))
            // A bucket's row may go once the bucket is full again: it then says nothing.
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build();
    return new LoginThrottle(buckets, properties);
  }

  @Bean
  ExpiredLoginBuckets expiredLoginBuckets(JdbcTemplate jdbc) {
    return new ExpiredLoginBuckets(jdbc, this.clock);
  }

  private static TimeMeter timeMeter(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /**
   * Deletes the rows of full buckets, so that names typed at random leave nothing behind; any
   * number of instances may do it at once.
   */
  static final class ExpiredLoginBuckets {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpiredLoginBuckets(JdbcTemplate jdbc, Clock clock) {
      this.jdbc = jdbc;
      this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    void delete() {
      this.jdbc.update("DELETE FROM login_throttle WHERE expires_at < ?", this.clock.millis());
    }
  }
}
