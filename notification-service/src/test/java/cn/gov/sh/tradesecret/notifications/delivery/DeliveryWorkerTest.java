package cn.gov.sh.tradesecret.notifications.delivery;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.sh.tradesecret.notifications.metrics.DeliveryMetrics;
import cn.gov.sh.tradesecret.notifications.webhook.EndpointAddressGuard;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookSecrets;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * How the delivery workers are woken: by the commits that queue messages, as many as needed, not by
 * polling.
 */
class DeliveryWorkerTest {

  static final int WORKERS = 8;

  final AtomicInteger claims = new AtomicInteger();
  DeliveryWorker worker;

  @BeforeEach
  void start() {
    JdbcTemplate jdbc = mock(JdbcTemplate.class);
    when(jdbc.queryForObject(anyString(), any(RowMapper.class), any(Object[].class)))
        .thenAnswer(
            invocation -> {
              claims.incrementAndGet();
              // nothing due: the claim's one row has a count of zero and no message
              return invocation.<RowMapper<?>>getArgument(1).mapRow(mock(ResultSet.class), 0);
            });
    PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
    DeliveryProperties properties =
        new DeliveryProperties(
            List.of(Duration.ZERO),
            0,
            WORKERS,
            Duration.ofHours(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofDays(5),
            Duration.ofHours(24));
    worker =
        new DeliveryWorker(
            jdbc,
            transactions,
            mock(WebhookEndpoints.class),
            mock(DeliveryMetrics.class),
            properties,
            mock(EndpointAddressGuard.class),
            mock(WebhookSecrets.class),
            new TestClock());
    worker.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> claims.get() == WORKERS);
  }

  @AfterEach
  void stop() {
    worker.stop();
  }

  @Test
  void idleWorkersWaitForAWakeUpRatherThanPolling() {
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(2))
        .until(() -> claims.get() == WORKERS);
  }

  @Test
  void aCommitThatQueuedOneMessageWakesOneWorker() {
    worker.wakeUp(1);

    await().atMost(Duration.ofSeconds(2)).until(() -> claims.get() == WORKERS + 1);
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> claims.get() == WORKERS + 1);
  }

  @Test
  void aCommitThatQueuedManyMessagesWakesAsManyWorkersAtMostAll() {
    worker.wakeUp(3);
    await().atMost(Duration.ofSeconds(2)).until(() -> claims.get() == WORKERS + 3);

    worker.wakeUp(1000);
    await().atMost(Duration.ofSeconds(2)).until(() -> claims.get() == 2 * WORKERS + 3);
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> claims.get() == 2 * WORKERS + 3);
  }
}
