package cn.gov.sh.tradesecret.support.consumer;

import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How long a listener retries a record before it goes to the dead-letter topic. A record that fails
 * on its own (a bug, a rule it breaks) is retried briefly, so it does not hold up its partition. A
 * record that fails because the service's database is out of reach is not at fault: the partition
 * waits for the database (retrying every few seconds, for {@code outage} at most) rather than
 * dead-lettering every record that arrives while PostgreSQL restarts.
 */
public final class ListenerBackOff implements BiFunction<ConsumerRecord<?, ?>, Exception, BackOff> {

  private static final long MAX_INTERVAL_MS = 5_000;

  private final Duration outage;

  public ListenerBackOff(Duration outage) {
    this.outage = outage;
  }

  /** Four retries within three seconds. */
  public static BackOff briefly() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxAttempts(4);
    return backOff;
  }

  BackOff throughOutage() {
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(MAX_INTERVAL_MS);
    backOff.setMaxElapsedTime(outage.toMillis());
    return backOff;
  }

  @Override
  public BackOff apply(ConsumerRecord<?, ?> record, Exception failure) {
    return databaseUnreachable(failure) ? throughOutage() : briefly();
  }

  static boolean databaseUnreachable(Throwable failure) {
    Throwable cause = failure;
    // a bounded walk: a cause chain may loop back on itself
    for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof TransientDataAccessException
          || cause instanceof SQLTransientException) {
        return true;
      }
    }
    return false;
  }
}
