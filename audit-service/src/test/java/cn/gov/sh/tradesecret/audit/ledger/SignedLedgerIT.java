package cn.gov.sh.tradesecret.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Openssl;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed ledger on real servers: audit-service has its head timestamped by a real RFC 3161
 * authority over HTTP (with a client-credentials token of its own), and its verification checks the
 * tokens, so a rewrite before a signed head is found even when every hash after it was recomputed
 * in PostgreSQL.
 */
@PlatformIntegrationTest
class SignedLedgerIT {

  static final TestTimestampingAuthority AUTHORITY = new TestTimestampingAuthority();

  @DynamicPropertySource
  static void authority(DynamicPropertyRegistry registry) {
    registry.add("platform.ledger.signing.authority-uri", AUTHORITY::uri);
    registry.add("platform.ledger.signing.token-uri", () -> AUTHORITY.uri() + "/oauth2/token");
    registry.add("platform.ledger.signing.client-id", () -> TestTimestampingAuthority.CLIENT_ID);
    registry.add(
        "platform.ledger.signing.client-secret", () -> TestTimestampingAuthority.CLIENT_SECRET);
    registry.add("platform.ledger.signing.interval", () -> "0"); // the test calls the schedule
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired SigningSchedule schedule;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  @AfterEach
  void authorityBackUp() {
    AUTHORITY.takeDown(false);
  }

  EventEnvelope<?> appendedLead(String amount) {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            "310117",
            "MR-310117",
            "COMPLAINT",
            "Acme",
            new BigDecimal(amount),
            TestClock.now());
    EventEnvelope<?> event = EventEnvelope.of("case-service", lead, TestClock.now(), "corr");
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        Topics.CASE_EVENTS,
        event.subject(),
        json.writeValueAsString(event));
    await().atMost(Duration.ofSeconds(30)).until(() -> seqOf(event.id()) != null);
    return event;
  }

  Long seqOf(String eventId) {
    return jdbc
        .queryForList("select seq from ledger_entry where event_id = ?::uuid", Long.class, eventId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  JsonNode verification() {
    return api.as(DemoAccount.OPERATOR).get("/api/ledger/verification").json();
  }

  JsonNode signed(DemoAccount account) {
    ApiClient.Response response = api.as(account).post("/api/ledger/signatures", "");
    assertThat(response.status()).as(response.body()).isIn(200, 201);
    return response.json();
  }

  /**
   * Runs {@code work} with the ledger's append lock held, so no event is appended meanwhile (the
   * listener waits), on a connection of its own that commits each statement.
   */
  void withAppendsHeld(LedgerWork work) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      JdbcTemplate held = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      held.queryForObject("select pg_advisory_lock(?)", Object.class, 0x6c6564676572L);
      try {
        work.run(held);
      } finally {
        held.queryForObject("select pg_advisory_unlock(?)", Boolean.class, 0x6c6564676572L);
      }
    }
  }

  interface LedgerWork {
    void run(JdbcTemplate held) throws Exception;
  }

  @Test
  void aRewriteBeforeASignedHeadWithEveryHashRecomputedIsFoundAtThatHead() throws Exception {
    EventEnvelope<?> rewritten = appendedLead("350000.00");
    appendedLead("1.00");
    withAppendsHeld(
        held -> {
          JsonNode head = signed(DemoAccount.OPERATOR);
          long signedSeq = head.get("seq").asLong();
          long rewrittenSeq = seqOf(rewritten.id());
          assertThat(rewrittenSeq).isLessThan(signedSeq);
          JsonNode before = verification();
          assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
          assertThat(before.at("/signatures/status").asString()).isEqualTo("VERIFIED");
          assertThat(before.at("/signatures/lastSignedHead/seq").asLong()).isEqualTo(signedSeq);

          // Someone with the database lowers the amount and recomputes every hash from there on.
          List<Map<String, Object>> originals =
              held.queryForList(
                  "select * from ledger_entry where seq >= ? order by seq", rewrittenSeq);
          try {
            rewriteFrom(held, rewrittenSeq, "350000.00", "3500.00");
            JsonNode after = verification();

            assertThat(after.get("intact").asBoolean()).isFalse();
            assertThat(after.at("/firstBrokenLink/seq").asLong()).isEqualTo(signedSeq);
            assertThat(after.at("/firstBrokenLink/from").asLong())
                .isLessThanOrEqualTo(rewrittenSeq);
            assertThat(after.at("/firstBrokenLink/reason").asString())
                .contains("not the recomputed chain's")
                .contains("rewritten");
            assertThat(after.at("/signatures/status").asString()).isEqualTo("FAILED");
            // the chain alone no longer tells: without the token, every link holds
            held.update("update ledger_signature set seq = -seq where seq = ?", signedSeq);
            try {
              assertThat(verification().get("intact").asBoolean())
                  .as("the recomputed chain on its own")
                  .isTrue();
            } finally {
              held.update("update ledger_signature set seq = -seq where seq = ?", -signedSeq);
            }
          } finally {
            restore(held, originals);
          }
          assertThat(verification().get("intact").asBoolean()).isTrue();
        });
  }

  /** Changes an entry's event and recomputes its hashes and those of every later entry. */
  static void rewriteFrom(JdbcTemplate held, long seq, String from, String to) {
    String previousHash =
        seq == 1
            ? Ledger.GENESIS
            : held.queryForObject(
                "select entry_hash from ledger_entry where seq = ?", String.class, seq - 1);
    for (Map<String, Object> entry :
        held.queryForList("select * from ledger_entry where seq >= ? order by seq", seq)) {
      long current = (Long) entry.get("seq");
      String event = (String) entry.get("event");
      if (current == seq) {
        assertThat(event).contains(from);
        event = event.replace(from, to);
      }
      String eventHash = Ledger.sha256(event);
      String entryHash =
          Ledger.entryHash(
              current,
              (UUID) entry.get("event_id"),
              (String) entry.get("topic"),
              (String) entry.get("event_type"),
              (String) entry.get("subject"),
              eventHash,
              previousHash,
              ((Timestamp) entry.get("appended_at")).toInstant());
      held.update(
          "update ledger_entry set event = ?, event_hash = ?, previous_hash = ?, entry_hash = ?"
              + " where seq = ?",
          event,
          eventHash,
          previousHash,
          entryHash,
          current);
      previousHash = entryHash;
    }
  }

  static void restore(JdbcTemplate held, List<Map<String, Object>> originals) {
    for (Map<String, Object> entry : originals) {
      held.update(
          "update ledger_entry set event = ?, event_hash = ?, previous_hash = ?, entry_hash = ?"
              + " where seq = ?",
          entry.get("event"),
          entry.get("event_hash"),
          entry.get("previous_hash"),
          entry.get("entry_hash"),
          entry.get("seq"));
    }
  }

  @Test
  void entriesCutOffAfterASignedHeadAreFound() throws Exception {
    appendedLead("1.00");
    withAppendsHeld(
        held -> {
          long signedSeq = signed(DemoAccount.OPERATOR).get("seq").asLong();
          Map<String, Object> last =
              held.queryForMap("select * from ledger_entry where seq = ?", signedSeq);
          held.update("delete from ledger_entry where seq = ?", signedSeq);
          try {
            JsonNode result = verification();

            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.at("/firstBrokenLink/seq").asLong()).isEqualTo(signedSeq);
            assertThat(result.at("/firstBrokenLink/reason").asString())
                .contains("entries were removed");
          } finally {
            List<String> columns = new ArrayList<>(last.keySet());
            held.update(
                "insert into ledger_entry ("
                    + String.join(", ", columns)
                    + ") values ("
                    + String.join(", ", columns.stream().map(column -> "?").toList())
                    + ")",
                columns.stream().map(last::get).toArray());
          }
          assertThat(verification().get("intact").asBoolean()).isTrue();
        });
  }

  @Test
  void aTokenOfAnotherAuthorityInPlaceOfTheSignedOneIsFound() throws Exception {
    appendedLead("1.00");
    TestTimestampingAuthority forger = new TestTimestampingAuthority();
    withAppendsHeld(
        held -> {
          JsonNode head = signed(DemoAccount.OPERATOR);
          long signedSeq = head.get("seq").asLong();
          byte[] original =
              held.queryForObject(
                  "select token from ledger_signature where seq = ?", byte[].class, signedSeq);
          held.update(
              "update ledger_signature set token = ? where seq = ?",
              forger.token(HexFormat.of().parseHex(head.get("entryHash").asString())),
              signedSeq);
          try {
            JsonNode result = verification();

            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.at("/firstBrokenLink/seq").asLong()).isEqualTo(signedSeq);
            assertThat(result.at("/firstBrokenLink/reason").asString())
                .contains("not signed by the timestamping authority");
          } finally {
            held.update("update ledger_signature set token = ? where seq = ?", original, signedSeq);
          }
        });
  }

  @Test
  void anUnmovedHeadIsSignedOnceAndItsTokenVerifiesWithOpenssl(@TempDir Path files)
      throws Exception {
    appendedLead("1.00");
    withAppendsHeld(
        held -> {
          JsonNode first = signed(DemoAccount.MUNICIPAL_PROCURATOR);
          ApiClient.Response again =
              api.as(DemoAccount.OPERATOR).post("/api/ledger/signatures", "");

          assertThat(again.status()).as("already signed").isEqualTo(200);
          assertThat(again.json().get("token").asString()).isEqualTo(first.get("token").asString());
          assertThat(
                  held.queryForObject(
                      "select count(*) from ledger_signature where seq = ?",
                      Long.class,
                      first.get("seq").asLong()))
              .isOne();
          JsonNode listed =
              api.as(DemoAccount.XUHUI_PROCURATOR).get("/api/ledger/signatures").json();
          assertThat(listed.at("/items/0/seq").asLong()).isEqualTo(first.get("seq").asLong());

          Assumptions.assumeTrue(Openssl.isInstalled(), "openssl is not installed here");
          Path token = Files.write(files.resolve("head.tst"), first.get("token").binaryValue());
          Path certificate =
              Files.writeString(files.resolve("tsa.pem"), AUTHORITY.certificatePem());
          Openssl.Result verified =
              Openssl.verifyTimestamp(first.get("entryHash").asString(), token, certificate);
          assertThat(verified.verified()).as(verified.output()).isTrue();
        });
  }

  @Test
  void theScheduleSignsAHeadThatMovedAndLeavesASignedOneAlone() throws Exception {
    EventEnvelope<?> event = appendedLead("1.00");
    withAppendsHeld(
        held -> {
          schedule.signHead();

          long head = held.queryForObject("select max(seq) from ledger_entry", Long.class);
          assertThat(head).isGreaterThanOrEqualTo(seqOf(event.id()));
          assertThat(
                  held.queryForObject(
                      "select requested_by from ledger_signature where seq = ?",
                      String.class,
                      head))
              .isEqualTo("schedule");
          long signatures =
              held.queryForObject("select count(*) from ledger_signature", Long.class);
          schedule.signHead();
          assertThat(held.queryForObject("select count(*) from ledger_signature", Long.class))
              .as("an unmoved head is not signed again")
              .isEqualTo(signatures);
        });
  }

  @Test
  void whenTheAuthorityIsDownNothingIsSignedAndTheTokensAreReportedUnchecked() throws Exception {
    appendedLead("1.00");
    signed(DemoAccount.OPERATOR);
    appendedLead("1.00");
    long stored = jdbc.queryForObject("select count(*) from ledger_signature", Long.class);
    AUTHORITY.takeDown(true);

    Problems.assertProblem(
        api.as(DemoAccount.OPERATOR).post("/api/ledger/signatures", ""),
        503,
        "timestamping-unavailable");
    JsonNode result = verification();

    assertThat(jdbc.queryForObject("select count(*) from ledger_signature", Long.class))
        .isEqualTo(stored);
    assertThat(result.at("/signatures/status").asString()).isEqualTo("UNCHECKED");
    assertThat(result.at("/signatures/detail").asString()).contains("certificate");
    assertThat(result.get("intact").asBoolean()).as("the chain's own links").isTrue();
  }

  @Test
  void onlyOperatorsAndTheProcuratorateHaveTheHeadSigned() {
    for (DemoAccount refused :
        List.of(
            DemoAccount.SONGJIANG_OFFICER,
            DemoAccount.MUNICIPAL_HEAD,
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.SONGJIANG_COURT_JUDGE)) {
      Problems.assertProblem(api.as(refused).post("/api/ledger/signatures", ""), 403, "forbidden");
      Problems.assertProblem(api.as(refused).get("/api/ledger/signatures"), 403, "forbidden");
    }
    Problems.assertProblem(
        api.withToken(null).post("/api/ledger/signatures", ""), 401, "unauthenticated");
    Problems.assertInvalid(
        api.as(DemoAccount.OPERATOR).get("/api/ledger/signatures?size=100000"), "size");
  }
}
