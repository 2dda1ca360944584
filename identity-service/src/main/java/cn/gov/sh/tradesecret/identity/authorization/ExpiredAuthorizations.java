package cn.gov.sh.tradesecret.identity.authorization;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the authorizations whose code and tokens have all expired: the authorization server keeps
 * every one it saves (one per token an agency system requests, one per login) and never removes
 * them. Any number of instances may run it at once.
 */
@Component
public final class ExpiredAuthorizations {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ExpiredAuthorizations(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** GREATEST skips nulls: a row counts as expired when its last token has. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
  public void delete() {
    this.jdbc.update(
        """
        DELETE FROM oauth2_authorization
         WHERE GREATEST(authorization_code_expires_at, access_token_expires_at,
                        oidc_id_token_expires_at, refresh_token_expires_at) < ?
        """,
        Timestamp.from(this.clock.instant()));
  }
}
