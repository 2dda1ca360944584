package cn.gov.sh.tradesecret.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformIntegrationTest
class LedgerIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  EventEnvelope<?> publishLead() {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            "310117",
            "MR-310117",
            "COMPLAINT",
            "Acme",
            new BigDecimal("1.00"),
            TestClock.now());
    return publish(
        Topics.CASE_EVENTS, EventEnvelope.of("case-service", lead, TestClock.now(), "corr"));
  }

  EventEnvelope<?> publish(String topic, EventEnvelope<?> event) {
    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()),
        topic,
        event.subject(),
        json.writeValueAsString(event));
    return event;
  }

  long entriesOf(String eventId) {
    return jdbc.queryForObject(
        "select count(*) from ledger_entry where event_id = ?::uuid", Long.class, eventId);
  }

  JsonNode verification() {
    return api.as(DemoAccount.OPERATOR).get("/api/ledger/verification").json();
  }

  @Test
  void everyEventOfEveryDomainTopicIsChainedOnceAndTheChainVerifies() {
    EventEnvelope<?> lead = publishLead();
    EventEnvelope<?> referral =
        publish(
            Topics.REFERRAL_EVENTS,
            EventEnvelope.of(
                "referral-service",
                new ReferralProposed(
                    UUID.randomUUID().toString(), "C-1", "310117", "MR-310117", TestClock.now()),
                TestClock.now(),
                "corr"));
    publish(Topics.CASE_EVENTS, lead); // redelivered

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> entriesOf(lead.id()) == 1 && entriesOf(referral.id()) == 1);
    EventEnvelope<?> marker = publishLead();
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(marker.id()) == 1);

    assertThat(entriesOf(lead.id())).isEqualTo(1);
    JsonNode result = verification();
    assertThat(result.get("intact").asBoolean()).isTrue();
    assertThat(result.get("entries").asLong()).isGreaterThanOrEqualTo(3);
    Boolean linked =
        jdbc.queryForObject(
            """
        select (select entry_hash from ledger_entry p where p.seq = e.seq - 1) = e.previous_hash
        from ledger_entry e where e.event_id = ?::uuid""",
            Boolean.class,
            marker.id());
    assertThat(linked).isTrue();
  }

  @Test
  void anEntryEditedInTheDatabaseIsFoundAsTheFirstBrokenLink() {
    EventEnvelope<?> first = publishLead();
    EventEnvelope<?> second = publishLead();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> entriesOf(first.id()) == 1 && entriesOf(second.id()) == 1);
    assertThat(verification().get("intact").asBoolean()).isTrue();
    long tampered =
        jdbc.queryForObject(
            "select seq from ledger_entry where event_id = ?::uuid", Long.class, first.id());
    String original =
        jdbc.queryForObject("select event from ledger_entry where seq = ?", String.class, tampered);

    // Someone with database access lowers the amount in the stored event.
    assertThat(
            jdbc.update(
                "update ledger_entry set event = replace(event, '1.00', '0.01') where seq = ?",
                tampered))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select event from ledger_entry where seq = ?", String.class, tampered))
        .isNotEqualTo(original);
    try {
      JsonNode result = verification();

      assertThat(result.get("intact").asBoolean()).isFalse();
      assertThat(result.get("firstBrokenLink").get("seq").asLong()).isEqualTo(tampered);
      assertThat(result.get("firstBrokenLink").get("eventId").asString()).isEqualTo(first.id());
      assertThat(result.get("firstBrokenLink").get("reason").asString()).contains("event differs");
    } finally {
      jdbc.update("update ledger_entry set event = ? where seq = ?", original, tampered);
    }
    assertThat(verification().get("intact").asBoolean()).isTrue();
  }

  @Test
  void aRemovedEntryBreaksTheChain() {
    EventEnvelope<?> event = publishLead();
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(event.id()) == 1);
    Long seq =
        jdbc.queryForObject(
            "select seq from ledger_entry where event_id = ?::uuid", Long.class, event.id());
    var row = jdbc.queryForMap("select * from ledger_entry where seq = ?", seq);
    boolean last = jdbc.queryForObject("select max(seq) from ledger_entry", Long.class).equals(seq);
    if (last) { // a later entry makes the gap visible
      EventEnvelope<?> later = publishLead();
      await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(later.id()) == 1);
    }

    jdbc.update("delete from ledger_entry where seq = ?", seq);
    try {
      JsonNode result = verification();

      assertThat(result.get("intact").asBoolean()).isFalse();
      assertThat(result.get("firstBrokenLink").get("reason").asString())
          .contains("entry " + seq + " is missing");
    } finally {
      jdbc.update(
          """
          insert into ledger_entry (seq, event_id, topic, event_type, subject, event, event_hash, previous_hash,
                                    entry_hash, appended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          row.get("seq"),
          row.get("event_id"),
          row.get("topic"),
          row.get("event_type"),
          row.get("subject"),
          row.get("event"),
          row.get("event_hash"),
          row.get("previous_hash"),
          row.get("entry_hash"),
          row.get("appended_at"));
    }
  }

  @Test
  void onlyOperatorsAndTheProcuratorateReadTheLedger() {
    assertThat(api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/ledger/verification").status())
        .isEqualTo(200);
    assertThat(api.as(DemoAccount.OPERATOR).get("/api/ledger?size=5").status()).isEqualTo(200);
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/ledger/verification"), 403, "forbidden");
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_POLICE).get("/api/ledger"), 403, "forbidden");
    Problems.assertProblem(api.withToken(null).get("/api/ledger"), 401, "unauthenticated");
  }
}
