package cn.gov.sh.tradesecret.cases.web;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating requests that honour an {@code Idempotency-Key} header: the first request under a key
 * (per account) runs and its response is stored in the same transaction as what it created; a retry
 * gets that response again and creates nothing. A concurrent retry waits for the first to commit. A
 * key reused for another request is refused (422). A request that failed stored nothing, so its
 * retry runs.
 */
@Component
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json;
  private final Clock clock;

  IdempotentRequests(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.json = json;
    this.clock = clock;
  }

  /**
   * Runs {@code create} once per key.
   *
   * @param key the Idempotency-Key header, or null to run without one
   * @param target what the request addresses, e.g. {@code POST /api/leads}
   * @param request the request body (its fingerprint tells a retry from a reused key)
   */
  public ResponseEntity<?> create(
      String key,
      Officer officer,
      String target,
      Object request,
      Supplier<ResponseEntity<?>> create) {
    if (key == null) {
      return create.get();
    }
    if (key.isBlank() || key.length() > 100) {
      throw DomainException.invalidField(HEADER, "must be 1 to 100 characters");
    }
    String hash = sha256(target + "\n" + json.writeValueAsString(request));
    return transaction.execute(
        status -> {
          int claimed =
              jdbc.update(
                  "insert into idempotent_request (account, idempotency_key, request_target, request_hash, "
                      + "created_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                  officer.account(),
                  key,
                  target,
                  hash,
                  Timestamp.from(clock.instant()));
          if (claimed == 0) {
            return replay(officer, key, hash);
          }
          ResponseEntity<?> response = create.get();
          String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
          jdbc.update(
              "update idempotent_request set status = ?, location = ?, body = ? where account = ? and idempotency_key = ?",
              response.getStatusCode().value(),
              location,
              json.writeValueAsString(response.getBody()),
              officer.account(),
              key);
          return response;
        });
  }

  private ResponseEntity<?> replay(Officer officer, String key, String hash) {
    Map<String, Object> stored =
        jdbc.queryForMap(
            "select request_hash, status, location, body from idempotent_request where account = ? and idempotency_key = ?",
            officer.account(),
            key);
    if (!hash.equals(stored.get("request_hash"))) {
      throw DomainException.unprocessable(
          "idempotency-key-reused",
          "Idempotency key reused",
          "this Idempotency-Key was used for another request; use a new key for a new request");
    }
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status((Integer) stored.get("status"))
            .contentType(MediaType.APPLICATION_JSON)
            .header("Idempotent-Replayed", "true");
    if (stored.get("location") != null) {
      response.header(HttpHeaders.LOCATION, (String) stored.get("location"));
    }
    return response.body((String) stored.get("body"));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
