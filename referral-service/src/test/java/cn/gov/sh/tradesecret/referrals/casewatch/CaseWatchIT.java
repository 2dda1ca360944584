package cn.gov.sh.tradesecret.referrals.casewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The case watch consumes case-service's events from the real broker, once in effect each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestInfrastructure.class)
class CaseWatchIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  KafkaConnectionDetails kafka;
  @Autowired
  JsonMapper json;

  String bootstrapServers;

  @BeforeEach
  void setUp() {
    bootstrapServers = String.join(",", kafka.getBootstrapServers());
  }

  static LeadRegistered songjiangLead(String leadId, String claimedAmount) {
    return new LeadRegistered(leadId, "310117", "MR-310117", "COMPLAINT", "上海某精密机械有限公司",
        new BigDecimal(claimedAmount), Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
  }

  EventEnvelope<EventPayload> envelope(EventPayload payload) {
    return EventEnvelope.of("case-service", payload, Instant.now().truncatedTo(ChronoUnit.MILLIS), "corr-watch");
  }

  void publish(String key, EventEnvelope<?> event) {
    TopicProbe.send(bootstrapServers, Topics.CASE_EVENTS, key, json.writeValueAsString(event));
  }

  Map<String, Object> watched(String caseId) {
    return jdbc.queryForMap("select * from watched_case where case_id = ?", caseId);
  }

  boolean isWatched(String caseId) {
    return jdbc.queryForObject("select count(*) from watched_case where case_id = ?", Integer.class, caseId) == 1;
  }

  int processed(EventEnvelope<?> event) {
    return jdbc.queryForObject("select count(*) from processed_event where event_id = ? and consumer = ?",
        Integer.class, UUID.fromString(event.id()), "referral-service");
  }

  /**
   * Publishes a lead of its own under {@code key} and waits for its effect: events of one key
   * share a partition, so everything published before it under that key has been consumed.
   */
  void awaitPartitionConsumedUpTo(String key) {
    String marker = UUID.randomUUID().toString();
    publish(key, envelope(songjiangLead(marker, "1000")));
    await().atMost(PATIENCE).until(() -> isWatched(marker));
  }

  @Test
  void leadAtTheCrimeThresholdIsWatchedAsSuspectedCrime() {
    String leadId = UUID.randomUUID().toString();
    LeadRegistered lead = songjiangLead(leadId, "350000.00");
    EventEnvelope<EventPayload> event = envelope(lead);

    publish(leadId, event);

    await().atMost(PATIENCE).until(() -> isWatched(leadId));
    Map<String, Object> row = watched(leadId);
    assertThat(row.get("suspected_crime")).isEqualTo(true);
    assertThat((BigDecimal) row.get("claimed_amount")).isEqualByComparingTo("350000");
    assertThat(row.get("district")).isEqualTo("310117");
    assertThat(row.get("owning_unit")).isEqualTo("MR-310117");
    assertThat(((Timestamp) row.get("registered_at")).toInstant()).isEqualTo(event.time());
    assertThat(((Timestamp) row.get("received_at")).toInstant()).isEqualTo(lead.receivedAt());
    assertThat(processed(event)).isEqualTo(1);
  }

  @Test
  void leadBelowTheCrimeThresholdIsNoSuspectedCrime() {
    String leadId = UUID.randomUUID().toString();

    publish(leadId, envelope(songjiangLead(leadId, "299999.99")));

    await().atMost(PATIENCE).until(() -> isWatched(leadId));
    assertThat(watched(leadId).get("suspected_crime")).isEqualTo(false);
  }

  @Test
  void redeliveredEventHasNoSecondEffect() {
    String leadId = UUID.randomUUID().toString();
    EventEnvelope<EventPayload> first = envelope(songjiangLead(leadId, "350000"));
    publish(leadId, first);
    await().atMost(PATIENCE).until(() -> isWatched(leadId));

    // A later event about the same lead (a new id) does update it...
    EventEnvelope<EventPayload> corrected = envelope(songjiangLead(leadId, "120000"));
    publish(leadId, corrected);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(watched(leadId).get("suspected_crime")).isEqualTo(false));

    // ...but the first one delivered again (as after a relay crash) must not bring the old amount back.
    publish(leadId, first);
    awaitPartitionConsumedUpTo(leadId);

    assertThat(processed(first)).isEqualTo(1);
    assertThat(processed(corrected)).isEqualTo(1);
    Map<String, Object> row = watched(leadId);
    assertThat((BigDecimal) row.get("claimed_amount")).isEqualByComparingTo("120000");
    assertThat(row.get("suspected_crime")).isEqualTo(false);
    assertThat(row.get("version")).isEqualTo(1L);
  }

  @Test
  void otherEventTypesAreIgnored() {
    String referralId = UUID.randomUUID().toString();
    EventEnvelope<EventPayload> notALead =
        envelope(new ReferralProposed(referralId, "C-1", "310117", "MR-310117", Instant.now()));

    publish(referralId, notALead);
    awaitPartitionConsumedUpTo(referralId);

    assertThat(isWatched(referralId)).isFalse();
    assertThat(processed(notALead)).isEqualTo(1);
  }

  @Test
  void malformedMessageGoesToTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
    String leadId = UUID.randomUUID().toString();
    try (TopicProbe deadLetters = new TopicProbe(bootstrapServers, Topics.deadLetter(Topics.CASE_EVENTS))) {
      TopicProbe.send(bootstrapServers, Topics.CASE_EVENTS, leadId, "{not json");

      ConsumerRecord<String, String> dead = deadLetters.await(r -> leadId.equals(r.key()), PATIENCE);
      assertThat(dead.value()).isEqualTo("{not json");
      assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
          .isEqualTo(Topics.CASE_EVENTS);
    }

    // the same key, so the same partition: it did not stay blocked on the bad message
    publish(leadId, envelope(songjiangLead(leadId, "2500000")));

    await().atMost(PATIENCE).until(() -> isWatched(leadId));
    assertThat(watched(leadId).get("suspected_crime")).isEqualTo(true);
  }
}
