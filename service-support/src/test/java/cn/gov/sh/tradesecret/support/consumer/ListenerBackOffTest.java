package cn.gov.sh.tradesecret.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class ListenerBackOffTest {

  static final ConsumerRecord<String, String> RECORD =
      new ConsumerRecord<>("case-events", 0, 42, "CASE-1", "{}");

  final ListenerBackOff backOff = new ListenerBackOff(Duration.ofMinutes(10));

  /** The waits a back-off allows, in order, until it gives up. */
  static List<Long> waits(BackOff backOff) {
    BackOffExecution execution = backOff.start();
    List<Long> waits = new ArrayList<>();
    for (long next = execution.nextBackOff();
        next != BackOffExecution.STOP && waits.size() < 1_000;
        next = execution.nextBackOff()) {
      waits.add(next);
    }
    return waits;
  }

  @Test
  void aRecordThatFailsOnItsOwnIsRetriedBrieflyThenDeadLettered() {
    var failure =
        new ListenerExecutionFailedException(
            "listener failed", new DataIntegrityViolationException("duplicate key"));

    List<Long> waits = waits(backOff.apply(RECORD, failure));

    assertThat(waits).containsExactly(200L, 400L, 800L, 1_600L);
  }

  @Test
  void aDatabaseOutOfReachHoldsThePartitionForMinutesRetryingEveryFewSeconds() {
    for (Exception cause :
        List.<Exception>of(
            new CannotCreateTransactionException(
                "no connection", new SQLTransientConnectionException("pool timeout")),
            new CannotGetJdbcConnectionException("connection refused"),
            new SQLTransientConnectionException("connection is not available"))) {
      var failure = new ListenerExecutionFailedException("listener failed", cause);

      List<Long> waits = waits(backOff.apply(RECORD, failure));

      assertThat(waits).as("%s", cause).allMatch(wait -> wait <= 5_000);
      assertThat(waits.stream().mapToLong(Long::longValue).sum())
          .as("%s", cause)
          .isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(11).toMillis());
    }
  }

  @Test
  void anOperatorSetsHowLongAnOutageIsWaitedFor() {
    var failure =
        new ListenerExecutionFailedException(
            "listener failed", new CannotGetJdbcConnectionException("connection refused"));

    List<Long> waits = waits(new ListenerBackOff(Duration.ofSeconds(30)).apply(RECORD, failure));

    assertThat(waits.stream().mapToLong(Long::longValue).sum()).isBetween(25_000L, 40_000L);
  }
}
