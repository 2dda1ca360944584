package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static cn.gov.sh.tradesecret.e2e.MatrixFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, the signed ledger, on the platform as {@code ./platform up} starts it: the operator has
 * the ledger's head timestamped by enterprise-service's authority (audit-service asks with its own
 * account's token), the verification and {@code ./platform verify-ledger} check the token; someone
 * with the database then rewrites an earlier entry and recomputes every hash after it, and both
 * find it at the signed head.
 */
@ExtendWith(PlatformExtension.class)
class SignedLedgerIT {

  /**
   * audit-service's append lock: held while the test rewrites, so nothing is appended meanwhile.
   */
  static final long APPEND_LOCK = 0x6c6564676572L;

  static Gateway gateway;

  @BeforeAll
  static void platform(Gateway running) {
    gateway = running;
  }

  String registeredLead() {
    HttpResponse<String> lead =
        gateway.call("POST", "/api/leads", gateway.tokenOf("songjiang-officer"), LEAD);
    assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
    String id = JSON.readTree(lead.body()).get("id").asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                gateway.count(
                        "audit_service", "select count(*) from ledger_entry where subject = ?", id)
                    >= 1);
    return id;
  }

  JsonNode verification() {
    HttpResponse<String> answer =
        gateway.call("GET", "/api/ledger/verification", gateway.tokenOf("operator"), null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  Connection auditDatabase() throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + gateway.platform.port("PG_PORT") + "/audit_service",
        "postgres",
        "");
  }

  @Test
  void aRewriteBeforeTheSignedHeadWithEveryHashRecomputedIsFound() throws Exception {
    String rewrittenLead = registeredLead();
    registeredLead();
    try (Connection db = auditDatabase()) {
      lock(db, "pg_advisory_lock");
      try {
        HttpResponse<String> signing =
            gateway.call("POST", "/api/ledger/signatures", gateway.tokenOf("operator"), null);
        assertThat(signing.statusCode()).as(signing.body()).isIn(200, 201);
        JsonNode head = JSON.readTree(signing.body());
        long signedSeq = head.get("seq").asLong();
        JsonNode before = verification();
        assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.at("/signatures/status").asString()).isEqualTo("VERIFIED");
        assertThat(before.at("/signatures/lastSignedHead/seq").asLong()).isEqualTo(signedSeq);
        LocalPlatform.Result verified = gateway.platform.run(60, "verify-ledger");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("is signed by the timestamping authority");
        assertThat(
                gateway
                    .call(
                        "POST",
                        "/api/ledger/signatures",
                        gateway.tokenOf("songjiang-officer"),
                        null)
                    .statusCode())
            .as("an officer may not have it signed")
            .isEqualTo(403);

        long rewrittenSeq = seqOf(db, rewrittenLead);
        assertThat(rewrittenSeq).isLessThan(signedSeq);
        List<Object[]> originals = rewriteFrom(db, rewrittenSeq);
        try {
          JsonNode after = verification();

          assertThat(after.get("intact").asBoolean()).isFalse();
          assertThat(after.at("/firstBrokenLink/seq").asLong()).isEqualTo(signedSeq);
          assertThat(after.at("/firstBrokenLink/from").asLong()).isLessThanOrEqualTo(rewrittenSeq);
          assertThat(after.at("/firstBrokenLink/reason").asString()).contains("rewritten");
          assertThat(after.at("/signatures/status").asString()).isEqualTo("FAILED");
          LocalPlatform.Result refused = gateway.platform.run(60, "verify-ledger");
          assertThat(refused.exitCode()).as("verify-ledger on a rewritten ledger").isEqualTo(1);
          assertThat(JSON.readTree(refused.lastLine()).get("intact").asBoolean()).isFalse();
        } finally {
          restore(db, originals);
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
      } finally {
        lock(db, "pg_advisory_unlock");
      }
    }
  }

  static void lock(Connection db, String function) throws Exception {
    try (PreparedStatement statement = db.prepareStatement("select " + function + "(?)")) {
      statement.setLong(1, APPEND_LOCK);
      statement.executeQuery().close();
    }
  }

  static long seqOf(Connection db, String subject) throws Exception {
    try (PreparedStatement statement =
        db.prepareStatement("select min(seq) from ledger_entry where subject = ?")) {
      statement.setString(1, subject);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /**
   * Lowers the claimed amount in entry {@code seq}'s event and recomputes, as audit-service
   * computes them (ADR 6), its hashes and those of every later entry; returns the rows as they
   * were.
   */
  static List<Object[]> rewriteFrom(Connection db, long seq) throws Exception {
    List<Object[]> originals = new ArrayList<>();
    String previousHash;
    try (PreparedStatement statement =
        db.prepareStatement(
            "select coalesce(max(entry_hash), ?) from ledger_entry where seq = ?")) {
      statement.setString(1, "0".repeat(64));
      statement.setLong(2, seq - 1);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        previousHash = result.getString(1);
      }
    }
    try (Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select seq, event_id, topic, event_type, subject, event, event_hash,"
                    + " previous_hash, entry_hash, appended_at from ledger_entry where seq >= "
                    + seq
                    + " order by seq");
        PreparedStatement update =
            db.prepareStatement(
                "update ledger_entry set event = ?, event_hash = ?, previous_hash = ?,"
                    + " entry_hash = ? where seq = ?")) {
      while (rows.next()) {
        long current = rows.getLong("seq");
        String event = rows.getString("event");
        originals.add(
            new Object[] {
              event,
              rows.getString("event_hash"),
              rows.getString("previous_hash"),
              rows.getString("entry_hash"),
              current
            });
        if (current == seq) {
          assertThat(event).contains("350000");
          event = event.replace("350000", "3500");
        }
        String eventHash = sha256(event);
        String entryHash =
            sha256(
                String.join(
                    "|",
                    Long.toString(current),
                    rows.getString("event_id"),
                    rows.getString("topic"),
                    rows.getString("event_type"),
                    rows.getString("subject"),
                    eventHash,
                    previousHash,
                    rows.getTimestamp("appended_at").toInstant().toString()));
        update.setString(1, event);
        update.setString(2, eventHash);
        update.setString(3, previousHash);
        update.setString(4, entryHash);
        update.setLong(5, current);
        update.executeUpdate();
        previousHash = entryHash;
      }
    }
    return originals;
  }

  static void restore(Connection db, List<Object[]> originals) throws Exception {
    try (PreparedStatement update =
        db.prepareStatement(
            "update ledger_entry set event = ?, event_hash = ?, previous_hash = ?,"
                + " entry_hash = ? where seq = ?")) {
      for (Object[] row : originals) {
        for (int i = 0; i < row.length; i++) {
          update.setObject(i + 1, row[i]);
        }
        update.executeUpdate();
      }
    }
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
