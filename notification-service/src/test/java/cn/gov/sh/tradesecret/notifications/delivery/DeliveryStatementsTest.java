package cn.gov.sh.tradesecret.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.sh.tradesecret.notifications.delivery.DeliveryStatements.Claim;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryStatements.Due;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The claim's row mapping and the parameters of each statement, without a database. */
class DeliveryStatementsTest {

  static final Instant NOW = new TestClock().instant();
  static final UUID MESSAGE = UUID.fromString("0195f3a2-0000-7000-8000-000000000001");
  static final UUID ENDPOINT = UUID.fromString("0195f3a2-0000-7000-8000-000000000002");
  static final Due DUE =
      new Due(MESSAGE, ENDPOINT, "https://hooks.example/a", "{}", 2, NOW, List.of("k1:s1"));

  final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  final DeliveryStatements statements = new DeliveryStatements(jdbc);

  @Test
  void claimedMessageIsMappedWithItsSigningSecretsNewestFirst() throws Exception {
    ResultSet rs = mock(ResultSet.class);
    Array secrets = mock(Array.class);
    when(rs.getLong(1)).thenReturn(5L);
    when(rs.getObject(2, UUID.class)).thenReturn(MESSAGE);
    when(rs.getObject(3, UUID.class)).thenReturn(ENDPOINT);
    when(rs.getString(4)).thenReturn("https://hooks.example/a");
    when(rs.getString(5)).thenReturn("{\"a\":1}");
    when(rs.getInt(6)).thenReturn(3);
    when(rs.getTimestamp(7)).thenReturn(Timestamp.from(NOW));
    when(rs.getArray(8)).thenReturn(secrets);
    when(secrets.getArray()).thenReturn(new String[] {"k2:new", "k1:old"});

    assertThat(DeliveryStatements.claimFrom(rs))
        .isEqualTo(
            new Claim(
                5,
                Optional.of(
                    new Due(
                        MESSAGE,
                        ENDPOINT,
                        "https://hooks.example/a",
                        "{\"a\":1}",
                        3,
                        NOW,
                        List.of("k2:new", "k1:old")))));
  }

  @Test
  void claimThatTookNothingStillTellsHowManyWereDue() throws Exception {
    ResultSet rs = mock(ResultSet.class);
    when(rs.getLong(1)).thenReturn(64L);

    assertThat(DeliveryStatements.claimFrom(rs)).isEqualTo(new Claim(64, Optional.empty()));
  }

  @Test
  void claimLooksAtTheCandidatesWithTheSecretsValidAtTheServicesTime() {
    statements.claim(64, NOW);
    statements.claim(null, NOW);

    verify(jdbc)
        .queryForObject(
            eq(DeliveryStatements.CLAIM), any(RowMapper.class), eq(64), eq(Timestamp.from(NOW)));
    verify(jdbc)
        .queryForObject(
            eq(DeliveryStatements.CLAIM), any(RowMapper.class), eq(null), eq(Timestamp.from(NOW)));
  }

  @Test
  void deliveredLogsTheAttemptEndsTheStreakAndDeliversInOneStatement() {
    statements.delivered(DUE, 3, new WebhookSender.Outcome(204, 42, null, null));

    verify(jdbc).update(DeliveryStatements.DELIVERED, MESSAGE, 204, 42, ENDPOINT, 3, 204, MESSAGE);
  }

  @Test
  void failedAttemptIsLoggedWithItsError() {
    statements.attemptFailed(DUE, new WebhookSender.Outcome(500, 42, "HTTP 500", null));

    verify(jdbc).update(any(String.class), eq(MESSAGE), eq(500), eq(42), eq("HTTP 500"));
  }

  @Test
  void retryIsScheduledToTheMillisecond() {
    statements.retryLater(
        DUE, 3, Duration.ofMillis(1500), new WebhookSender.Outcome(null, 0, "timeout", null));

    verify(jdbc).update(any(String.class), eq(3), eq(1.5), eq(null), eq("timeout"), eq(MESSAGE));
  }

  @Test
  void deadMessageKeepsItsLastAnswer() {
    statements.dead(DUE, 8, new WebhookSender.Outcome(503, 10, "HTTP 503", null));

    verify(jdbc).update(any(String.class), eq(8), eq(503), eq("HTTP 503"), eq(MESSAGE));
  }
}
