package cn.gov.sh.tradesecret.identity.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing key kept in the service's database (table {@code signing_key}), so that every
 * instance signs and publishes the same key and tokens keep verifying across restarts. The first
 * instance to start generates it; one that starts at the same moment loses the insert (the table
 * holds one row) and reads the winner's key.
 */
final class SharedSigningKey {

  private static final Logger log = LoggerFactory.getLogger(SharedSigningKey.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SharedSigningKey(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  RSAKey obtain() {
    RSAKey candidate = SigningKeys.generate();
    int inserted =
        this.jdbc.update(
            "INSERT INTO signing_key (id, jwk, created_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING",
            candidate.toJSONString(),
            Timestamp.from(this.clock.instant()));
    RSAKey key =
        parse(this.jdbc.queryForObject("SELECT jwk FROM signing_key WHERE id = 1", String.class));
    log.info(
        "Signing key {} {} the database",
        key.getKeyID(),
        (inserted == 1) ? "stored in" : "read from");
    return key;
  }

  private static RSAKey parse(String json) {
    try {
      if (!(JWK.parse(json) instanceof RSAKey key) || !key.isPrivate()) {
        throw new IllegalStateException("signing_key does not hold a private RSA JWK");
      }
      return key;
    } catch (ParseException ex) {
      throw new IllegalStateException("signing_key does not hold a JWK", ex);
    }
  }
}
