package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestInfrastructure.class)
class InboxRoutingIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  String bootstrapServers() {
    return String.join(",", kafka.getBootstrapServers());
  }

  EventEnvelope<LeadRegistered> leadRegistered(String district) {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            district,
            "MR-" + district,
            "COMPLAINT",
            "Acme Precision",
            new BigDecimal("120000.00"),
            TestClock.now());
    return EventEnvelope.of("case-service", lead, TestClock.now(), "corr-" + lead.leadId());
  }

  void publish(EventEnvelope<?> event) {
    TopicProbe.send(
        bootstrapServers(), Topics.CASE_EVENTS, event.subject(), json.writeValueAsString(event));
  }

  List<String> inboxSubjects(DemoAccount account) {
    return api.as(account)
        .get("/api/inbox?size=200")
        .json()
        .get("items")
        .findValuesAsString("subject");
  }

  int entriesFor(String unit, String eventId) {
    return jdbc.queryForObject(
        "select count(*) from inbox_entry where unit = ? and event_id = ?::uuid",
        Integer.class,
        unit,
        eventId);
  }

  /**
   * Publishes a marker event and waits until it is routed: everything sent before it was consumed
   * too.
   */
  void awaitEverythingBeforeIsConsumed() {
    EventEnvelope<LeadRegistered> marker = leadRegistered("310117");
    publish(marker);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310117", marker.id()) == 1);
  }

  @Test
  void leadRegisteredReachesTheDistrictBureauAndTheMunicipalBureauButNoOtherDistrict() {
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> inboxSubjects(DemoAccount.SONGJIANG_OFFICER).contains(event.subject()));
    assertThat(inboxSubjects(DemoAccount.MUNICIPAL_OFFICER)).contains(event.subject());
    assertThat(inboxSubjects(DemoAccount.XUHUI_OFFICER)).doesNotContain(event.subject());
    JsonNode entry =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/inbox?size=200")
            .json()
            .get("items")
            .valueStream()
            .filter(item -> item.get("subject").asString().equals(event.subject()))
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("eventType").asString()).isEqualTo("LeadRegistered");
    assertThat(entry.get("summary").asString()).contains("Songjiang");
    assertThat(entry.get("event").get("data").get("leadId").asString()).isEqualTo(event.subject());
    assertThat(entry.get("readAt").isNull()).isTrue();
  }

  @Test
  void anEventDeliveredTwiceHasOneEffect() {
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    publish(event);
    awaitEverythingBeforeIsConsumed();

    assertThat(entriesFor("MR-310117", event.id())).isEqualTo(1);
    assertThat(entriesFor("MR-310000", event.id())).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_history where event_id = ?::uuid",
                Integer.class,
                event.id()))
        .isEqualTo(1);
  }

  @Test
  void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
    try (TopicProbe deadLetters =
        new TopicProbe(bootstrapServers(), Topics.deadLetter(Topics.CASE_EVENTS))) {
      String poison = "{not json " + UUID.randomUUID();
      TopicProbe.send(bootstrapServers(), Topics.CASE_EVENTS, "poison", poison);
      EventEnvelope<LeadRegistered> next = leadRegistered("310117");
      publish(next);

      ConsumerRecord<String, String> dead =
          deadLetters.await(r -> poison.equals(r.value()), Duration.ofSeconds(30));
      assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value()))
          .isEqualTo(Topics.CASE_EVENTS);
      await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310117", next.id()) == 1);
    }
  }

  @Test
  void aSubscriptionCannotWidenWhatAnAgencyMaySee() {
    jdbc.update(
        """
        insert into subscription (id, unit, event_selector, district, subject, channel, mandatory, created_by, created_at)
        values (gen_random_uuid(), 'PSB-310117', 'case-events', null, null, 'INBOX', false, 'test', now())
        on conflict do nothing""");
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    awaitEverythingBeforeIsConsumed();

    assertThat(entriesFor("MR-310117", event.id())).isEqualTo(1);
    assertThat(entriesFor("PSB-310117", event.id()))
        .as("police do not see case internals")
        .isZero();
  }

  /**
   * The router keeps the subscriptions in memory: a change committed between two polls is seen by
   * the second.
   */
  @Test
  void aSubscriptionChangedBetweenTwoPollsIsSeenByTheSecond() {
    awaitEverythingBeforeIsConsumed();
    String xuhuiCaseEvents =
        "unit = 'MR-310104' and event_selector = 'case-events' and channel = 'INBOX'";
    assertThat(jdbc.update("update subscription set district = '310101' where " + xuhuiCaseEvents))
        .isEqualTo(1);
    try {
      EventEnvelope<LeadRegistered> elsewhere = leadRegistered("310104");
      publish(elsewhere);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> entriesFor("MR-310000", elsewhere.id()) == 1);
      assertThat(entriesFor("MR-310104", elsewhere.id()))
          .as("Xuhui now follows Huangpu's cases only")
          .isZero();
    } finally {
      jdbc.update("update subscription set district = '310104' where " + xuhuiCaseEvents);
    }
    EventEnvelope<LeadRegistered> again = leadRegistered("310104");
    publish(again);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310104", again.id()) == 1);
  }

  @Test
  void readingAnEntryIsRecordedOnceAndPublishedAsReadReceipt() {
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310117", event.id()) == 1);
    String entryId =
        jdbc.queryForObject(
            "select id::text from inbox_entry where unit = 'MR-310117' and event_id = ?::uuid",
            String.class,
            event.id());
    long unreadBefore =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/inbox/unread-count")
            .json()
            .get("unread")
            .asLong();

    try (TopicProbe receipts = new TopicProbe(bootstrapServers(), Topics.NOTIFICATION_EVENTS)) {
      assertThat(
              api.as(DemoAccount.XUHUI_OFFICER)
                  .post("/api/inbox/" + entryId + "/read", "")
                  .status())
          .isEqualTo(404);
      var read = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/inbox/" + entryId + "/read", "");
      var readAgain =
          api.as(DemoAccount.SONGJIANG_HEAD).post("/api/inbox/" + entryId + "/read", "");

      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().get("readBy").asString()).isEqualTo("songjiang-officer");
      assertThat(readAgain.json().get("readBy").asString())
          .as("the first reader stays")
          .isEqualTo("songjiang-officer");
      ConsumerRecord<String, String> receipt =
          receipts.await(r -> r.value().contains(entryId), Duration.ofSeconds(20));
      assertThat(receipt.key()).isEqualTo(event.subject());
      assertThat(receipt.value())
          .contains("\"type\":\"InboxEntryRead\"", "\"readBy\":\"songjiang-officer\"");
      assertThat(receipts.drain(Duration.ofSeconds(2)))
          .filteredOn(r -> r.value().contains(entryId))
          .hasSize(1);
    }
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/inbox/unread-count")
                .json()
                .get("unread")
                .asLong())
        .isEqualTo(unreadBefore - 1);
  }

  @Test
  void unreadEntriesComeFirst() {
    EventEnvelope<LeadRegistered> older = leadRegistered("310104");
    publish(older);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310104", older.id()) == 1);
    String olderEntry =
        jdbc.queryForObject(
            "select id::text from inbox_entry where unit = 'MR-310104' and event_id = ?::uuid",
            String.class,
            older.id());
    api.as(DemoAccount.XUHUI_OFFICER).post("/api/inbox/" + olderEntry + "/read", "");
    EventEnvelope<LeadRegistered> newer = leadRegistered("310104");
    publish(newer);
    await().atMost(Duration.ofSeconds(30)).until(() -> entriesFor("MR-310104", newer.id()) == 1);

    JsonNode items =
        api.as(DemoAccount.XUHUI_OFFICER).get("/api/inbox?size=200").json().get("items");
    List<Boolean> unread = items.valueStream().map(item -> item.get("readAt").isNull()).toList();
    assertThat(unread).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
  }

  @Test
  void theInboxNeedsAToken() {
    assertThat(api.withToken(null).get("/api/inbox").status()).isEqualTo(401);
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/subscriptions")
                .json()
                .findValuesAsString("eventSelector"))
        .contains("case-events");
  }
}
