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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
  @Autowired MeterRegistry meters;

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

  EventEnvelope<?> publishLeadOf(String district) {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            district,
            "MR-" + district,
            "COMPLAINT",
            "Acme",
            new BigDecimal("1.00"),
            TestClock.now());
    return publish(
        Topics.CASE_EVENTS, EventEnvelope.of("case-service", lead, TestClock.now(), "corr"));
  }

  @Test
  void aDistrictProcuratorSeesTheLedgerEntriesOfTheirDistrictOnly() {
    EventEnvelope<?> xuhui = publishLeadOf("310104");
    EventEnvelope<?> songjiang = publishLeadOf("310117");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> entriesOf(xuhui.id()) == 1 && entriesOf(songjiang.id()) == 1);
    long xuhuiEntries =
        jdbc.queryForObject(
            "select count(*) from ledger_entry where district = '310104'", Long.class);

    List<JsonNode> seen = new ArrayList<>();
    long total = -1;
    for (int page = 0; total < 0 || (long) page * 500 < total; page++) {
      JsonNode answer =
          api.as(DemoAccount.XUHUI_PROCURATOR).get("/api/ledger?size=500&page=" + page).json();
      total = answer.get("totalItems").asLong();
      answer.get("items").forEach(seen::add);
    }

    assertThat(total).as("the count").isEqualTo(xuhuiEntries);
    assertThat(seen).hasSize((int) xuhuiEntries);
    assertThat(seen)
        .allSatisfy(entry -> assertThat(entry.get("district").asString()).isEqualTo("310104"));
    assertThat(seen)
        .extracting(entry -> entry.get("eventId").asString())
        .contains(xuhui.id())
        .doesNotContain(songjiang.id());
    assertThat(api.as(DemoAccount.XUHUI_PROCURATOR).get("/api/ledger/" + xuhui.id()).status())
        .isEqualTo(200);
    Problems.assertProblem(
        api.as(DemoAccount.XUHUI_PROCURATOR).get("/api/ledger/" + songjiang.id()),
        404,
        "not-found");
    assertThat(
            api.as(DemoAccount.SONGJIANG_PROCURATOR)
                .get("/api/ledger/" + songjiang.id())
                .json()
                .get("district")
                .asString())
        .isEqualTo("310117");
    for (DemoAccount readsAll : List.of(DemoAccount.MUNICIPAL_PROCURATOR, DemoAccount.OPERATOR)) {
      assertThat(api.as(readsAll).get("/api/ledger/" + songjiang.id()).status()).isEqualTo(200);
      assertThat(api.as(readsAll).get("/api/ledger/" + xuhui.id()).status()).isEqualTo(200);
      assertThat(api.as(readsAll).get("/api/ledger?size=1").json().get("totalItems").asLong())
          .isGreaterThan(xuhuiEntries);
    }
  }

  @Test
  void theVerificationIsTheSameForEveryReaderAllowedToCallIt() {
    EventEnvelope<?> event = publishLeadOf("310117");
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(event.id()) == 1);

    JsonNode operators = verification();
    for (DemoAccount reader :
        List.of(
            DemoAccount.XUHUI_PROCURATOR,
            DemoAccount.SONGJIANG_PROCURATOR,
            DemoAccount.MUNICIPAL_PROCURATOR)) {
      JsonNode answer = api.as(reader).get("/api/ledger/verification").json();
      assertThat(answer.get("intact").asBoolean()).as(reader.toString()).isTrue();
      assertThat(answer.get("entries").asLong())
          .isGreaterThanOrEqualTo(operators.get("entries").asLong());
    }
  }

  @Test
  void anEntryIsAskedForByTheIdOfItsEvent() {
    Problems.assertInvalid(api.as(DemoAccount.OPERATOR).get("/api/ledger/not-a-uuid"), "eventId");
    Problems.assertProblem(
        api.as(DemoAccount.OPERATOR).get("/api/ledger/" + UUID.randomUUID()), 404, "not-found");
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/ledger/" + UUID.randomUUID()),
        403,
        "forbidden");
  }

  static final String ORIGINAL_GROUP = "kafka_dlt-original-consumer-group";

  /** A record as a broken or hostile producer could write it: its key marks it. */
  record Poison(String what, String key, String value) {}

  static String envelope(String id, String type, String data) {
    return """
        {"specversion":"1.0","id":%s,"source":"x","type":"%s","subject":"L-1",\
        "time":"2026-03-02T01:00:00Z","district":"310117","data":%s}"""
        .formatted(id, type, data);
  }

  @Test
  void recordsThatAreNotValidEventsGoToTheDeadLetterTopicAndNeverIntoTheLedger() {
    List<Poison> poisons =
        List.of(
            new Poison("an empty object", UUID.randomUUID().toString(), "{}"),
            new Poison("not JSON", UUID.randomUUID().toString(), "not json " + UUID.randomUUID()),
            new Poison(
                "an id that is no UUID",
                UUID.randomUUID().toString(),
                envelope("\"L-" + UUID.randomUUID() + "\"", "LeadRegistered", "{}")),
            new Poison(
                "no id",
                UUID.randomUUID().toString(),
                envelope("null", "FutureEvent", "{\"marker\":\"" + UUID.randomUUID() + "\"}")),
            new Poison(
                "an unknown type without data",
                UUID.randomUUID().toString(),
                envelope("\"" + UUID.randomUUID() + "\"", "FutureEvent", "null")));
    assertRefused(poisons);
  }

  /**
   * Passes once service-support's EventReader checks an event's payload against its contract (the
   * lead's part of issue 21): until then a LeadRegistered with empty data is read with every field
   * null, and appended.
   */
  @Test
  void anEventWithoutTheFieldsItsContractRequiresGoesToTheDeadLetterTopicAndNeverIntoTheLedger() {
    String id = UUID.randomUUID().toString();

    assertRefused(
        List.of(
            new Poison(
                "a LeadRegistered without its fields",
                UUID.randomUUID().toString(),
                envelope("\"" + id + "\"", "LeadRegistered", "{}"))));

    assertThat(entriesOf(id)).isZero();
  }

  /**
   * Writes the records straight to case-events, then a valid event after them: each record is on
   * the dead-letter topic with the reason, none is in the ledger, each is counted.
   */
  void assertRefused(List<Poison> poisons) {
    long refusedBefore = verification().get("refused").asLong();
    double countedBefore = refusedCounter();

    try (TopicProbe deadLetters =
        new TopicProbe(
            String.join(",", kafka.getBootstrapServers()), Topics.deadLetter(Topics.CASE_EVENTS))) {
      for (Poison poison : poisons) {
        TopicProbe.send(
            String.join(",", kafka.getBootstrapServers()),
            Topics.CASE_EVENTS,
            poison.key(),
            poison.value());
      }
      EventEnvelope<?> next = publishLead();

      Map<String, ConsumerRecord<String, String>> dead = new HashMap<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                deadLetters.drain(Duration.ofMillis(200)).stream()
                    .filter(r -> "audit-service-ledger".equals(header(r, ORIGINAL_GROUP)))
                    .forEach(r -> dead.put(r.key(), r));
                return poisons.stream().allMatch(poison -> dead.containsKey(poison.key()));
              });
      for (Poison poison : poisons) {
        assertThat(dead.get(poison.key()).value()).as(poison.what()).isEqualTo(poison.value());
        assertThat(header(dead.get(poison.key()), "kafka_dlt-exception-message"))
            .as(poison.what())
            .isNotBlank();
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(next.id()) == 1);
    }

    for (Poison poison : poisons) {
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from ledger_entry where event = ?", Long.class, poison.value()))
          .as(poison.what())
          .isZero();
    }
    assertThat(verification().get("refused").asLong())
        .isGreaterThanOrEqualTo(refusedBefore + poisons.size());
    assertThat(verification().get("intact").asBoolean()).isTrue();
    assertThat(refusedCounter()).isGreaterThanOrEqualTo(countedBefore + poisons.size());
  }

  @Test
  void anEventOfATypeThisServiceDoesNotKnowIsKeptAsReceived() {
    String id = UUID.randomUUID().toString();
    String value =
        envelope("\"" + id + "\"", "LeadReclassified", "{\"leadId\":\"L-1\",\"category\":\"x\"}");

    TopicProbe.send(
        String.join(",", kafka.getBootstrapServers()), Topics.CASE_EVENTS, "L-1", value);

    await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(id) == 1);
    assertThat(
            jdbc.queryForObject(
                "select event from ledger_entry where event_id = ?::uuid", String.class, id))
        .isEqualTo(value);
    assertThat(api.as(DemoAccount.SONGJIANG_PROCURATOR).get("/api/ledger/" + id).status())
        .isEqualTo(200);
  }

  double refusedCounter() {
    Counter counter =
        meters.find("ledger.events.refused").tag("topic", Topics.CASE_EVENTS).counter();
    return counter == null ? 0 : counter.count();
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
