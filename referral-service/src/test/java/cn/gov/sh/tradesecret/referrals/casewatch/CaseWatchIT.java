package cn.gov.sh.tradesecret.referrals.casewatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.CaseClosed;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.cases.MediationConcluded;
import cn.gov.sh.tradesecret.events.cases.PenaltyDecided;
import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case watch consumes case-service's events from the real broker, once in effect each. */
@ReferralIntegrationTest
class CaseWatchIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  String bootstrapServers;

  @BeforeEach
  void setUp() {
    bootstrapServers = String.join(",", kafka.getBootstrapServers());
  }

  static LeadRegistered songjiangLead(String leadId, String claimedAmount) {
    return new LeadRegistered(
        leadId,
        "310117",
        "MR-310117",
        "COMPLAINT",
        "上海某精密机械有限公司",
        new BigDecimal(claimedAmount),
        TestClock.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
  }

  EventEnvelope<EventPayload> envelope(EventPayload payload) {
    return EventEnvelope.of(
        "case-service", payload, TestClock.now().truncatedTo(ChronoUnit.MILLIS), "corr-watch");
  }

  void publish(String key, EventEnvelope<?> event) {
    TopicProbe.send(bootstrapServers, Topics.CASE_EVENTS, key, json.writeValueAsString(event));
  }

  Map<String, Object> watched(String caseId) {
    return jdbc.queryForMap("select * from watched_case where case_id = ?", caseId);
  }

  boolean isWatched(String caseId) {
    return jdbc.queryForObject(
            "select count(*) from watched_case where case_id = ?", Integer.class, caseId)
        == 1;
  }

  int processed(EventEnvelope<?> event) {
    return jdbc.queryForObject(
        "select count(*) from processed_event where event_id = ? and consumer = ?",
        Integer.class,
        UUID.fromString(event.id()),
        "referral-service");
  }

  /**
   * Publishes a lead of its own under {@code key} and waits for its effect: events of one key share
   * a partition, so everything published before it under that key has been consumed.
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
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(watched(leadId).get("suspected_crime")).isEqualTo(false));

    // ...but the first one delivered again (as after a relay crash) must not bring the old amount
    // back.
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
        envelope(new ReferralProposed(referralId, "C-1", "310117", "MR-310117", TestClock.now()));

    publish(referralId, notALead);
    awaitPartitionConsumedUpTo(referralId);

    assertThat(isWatched(referralId)).isFalse();
    assertThat(processed(notALead)).isEqualTo(1);
  }

  @Test
  void malformedMessageGoesToTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
    String leadId = UUID.randomUUID().toString();
    try (TopicProbe deadLetters =
        new TopicProbe(bootstrapServers, Topics.deadLetter(Topics.CASE_EVENTS))) {
      TopicProbe.send(bootstrapServers, Topics.CASE_EVENTS, leadId, "{not json");

      ConsumerRecord<String, String> dead =
          deadLetters.await(r -> leadId.equals(r.key()), PATIENCE);
      assertThat(dead.value()).isEqualTo("{not json");
      assertThat(
              new String(
                  dead.headers().lastHeader("kafka_dlt-original-topic").value(),
                  StandardCharsets.UTF_8))
          .isEqualTo(Topics.CASE_EVENTS);
    }

    // the same key, so the same partition: it did not stay blocked on the bad message
    publish(leadId, envelope(songjiangLead(leadId, "2500000")));

    await().atMost(PATIENCE).until(() -> isWatched(leadId));
    assertThat(watched(leadId).get("suspected_crime")).isEqualTo(true);
  }

  @LocalServerPort int port;

  static PenaltyDecided penalty(String caseId, String amount, boolean suspectedCrime) {
    return new PenaltyDecided(
        caseId,
        "沪市监松处〔2026〕" + caseId.substring(0, 4),
        "310117",
        "MR-310117",
        new BigDecimal(amount),
        suspectedCrime,
        new BigDecimal("200000"),
        new BigDecimal("50000"),
        true,
        "AUCL-2019",
        TestClock.now().truncatedTo(ChronoUnit.MILLIS),
        "art. 21",
        "LAW_AT_THE_ACT",
        LocalDate.of(2025, 5, 1),
        null);
  }

  List<String> outboxPayloads(String key, String type) {
    return jdbc.queryForList(
        "select payload from outbox_event where message_key = ? and event_type = ?",
        String.class,
        key,
        type);
  }

  @Test
  void caseAtTheThresholdPenalisedWithoutReferralAlertsTheProcuratorateOnce() {
    String caseId = UUID.randomUUID().toString();

    publish(caseId, envelope(penalty(caseId, "300000", false)));
    await()
        .atMost(PATIENCE)
        .until(() -> !outboxPayloads(caseId, "ReferralOmissionSuspected").isEmpty());
    publish(
        caseId,
        envelope(
            new CaseClosed(
                caseId,
                "N-1",
                "310117",
                "MR-310117",
                "PENALTY",
                new BigDecimal("300000"),
                true,
                new BigDecimal("200000"),
                BigDecimal.ZERO,
                TestClock.now())));
    awaitPartitionConsumedUpTo(caseId);

    assertThat(outboxPayloads(caseId, "ReferralOmissionSuspected"))
        .singleElement()
        .asString()
        .contains(
            "\"procuratorateUnit\":\"PROC-310117\"",
            "\"caseId\":\"" + caseId + "\"",
            "\"trigger\":\"PENALTY_DECIDED\"",
            "\"referralStatus\":\"NONE\"");
  }

  @ParameterizedTest(name = "a lead of {0} yuan declined: alert {1}")
  @CsvSource({"299999.99, false", "300000, true"})
  void leadAtTheThresholdDeclinedWithoutFilingAlertsTheProcuratorateOnce(
      String claimed, boolean alerted) {
    String leadId = UUID.randomUUID().toString();
    publish(leadId, envelope(songjiangLead(leadId, claimed)));
    LeadDeclined declined =
        new LeadDeclined(
            leadId,
            "310117",
            "MR-310117",
            "INSUFFICIENT_EVIDENCE",
            "songjiang-head",
            TestClock.now().truncatedTo(ChronoUnit.MILLIS));

    publish(leadId, envelope(declined));
    publish(leadId, envelope(declined));
    awaitPartitionConsumedUpTo(leadId);

    List<String> alerts = outboxPayloads(leadId, "ReferralOmissionSuspected");
    if (alerted) {
      assertThat(alerts)
          .singleElement()
          .asString()
          .contains(
              "\"procuratorateUnit\":\"PROC-310117\"",
              "\"caseId\":\"" + leadId + "\"",
              "\"caseNumber\":null",
              "\"trigger\":\"LEAD_DECLINED\"",
              "\"referralStatus\":\"NONE\"");
      JsonNode published = omissionOnTheTopic(leadId);
      assertThat(published.get("schemaversion").asInt()).isEqualTo(2);
      assertThat(published.get("data").get("caseNumber").isNull())
          .as("a declined lead has no case number")
          .isTrue();
    } else {
      assertThat(alerts).isEmpty();
    }
  }

  @Test
  void aDeclinedLeadNeverRegisteredHereRaisesNoAlertAndIsProcessed() {
    String leadId = UUID.randomUUID().toString();
    EventEnvelope<EventPayload> event =
        envelope(
            new LeadDeclined(
                leadId, "310117", "MR-310117", "OTHER", "songjiang-head", TestClock.now()));

    publish(leadId, event);
    awaitPartitionConsumedUpTo(leadId);

    assertThat(processed(event)).isEqualTo(1);
    assertThat(outboxPayloads(leadId, "ReferralOmissionSuspected")).isEmpty();
  }

  @Test
  void caseBelowTheThresholdOrWithAPoliceDecisionRaisesNoAlert() {
    String small = UUID.randomUUID().toString();
    publish(small, envelope(penalty(small, "299999.99", false)));
    awaitPartitionConsumedUpTo(small);
    assertThat(outboxPayloads(small, "ReferralOmissionSuspected")).isEmpty();

    // referred, and declined by the police: the penalty that follows is lawful
    String declined = UUID.randomUUID().toString();
    publish(
        declined,
        envelope(
            new CaseReferralProposed(
                declined,
                "N-2",
                "310117",
                "MR-310117",
                new BigDecimal("350000"),
                true,
                "Loss established by appraisal.",
                "songjiang-officer",
                TestClock.now())));
    String referralId = awaitReferralOf(declined);
    ApiClient api = ApiClient.onPort(port);
    assertThat(
            api.as(DemoAccount.SONGJIANG_HEAD)
                .post("/api/referrals/" + referralId + "/approval", "{}")
                .status())
        .isEqualTo(200);
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post(
                    "/api/referrals/" + referralId + "/transfer",
                    Map.of(
                        "materials",
                        cn.gov.sh.tradesecret.referrals.referral.ReferralTestDataAccess
                            .allMaterials()))
                .status())
        .isEqualTo(200);
    assertThat(
            api.as(DemoAccount.SONGJIANG_POLICE)
                .post("/api/referrals/" + referralId + "/receipt", "{}")
                .status())
        .isEqualTo(200);
    assertThat(
            api.as(DemoAccount.SONGJIANG_POLICE)
                .post("/api/referrals/" + referralId + "/decline", Map.of("reasons", "No crime."))
                .status())
        .isEqualTo(200);
    publish(declined, envelope(penalty(declined, "350000", true)));
    awaitPartitionConsumedUpTo(declined);

    assertThat(outboxPayloads(declined, "ReferralOmissionSuspected")).isEmpty();
  }

  @Test
  void caseProposedButNotDecidedByThePoliceStillRaisesTheAlert() {
    String caseId = UUID.randomUUID().toString();
    publish(
        caseId,
        envelope(
            new CaseReferralProposed(
                caseId,
                "N-3",
                "310117",
                "MR-310117",
                new BigDecimal("500000"),
                true,
                "Loss established.",
                "songjiang-officer",
                TestClock.now())));
    awaitReferralOf(caseId);

    publish(caseId, envelope(penalty(caseId, "500000", true)));

    await()
        .atMost(PATIENCE)
        .until(() -> !outboxPayloads(caseId, "ReferralOmissionSuspected").isEmpty());
    assertThat(outboxPayloads(caseId, "ReferralOmissionSuspected").get(0))
        .contains("\"referralStatus\":\"PROPOSED\"");
  }

  /** The alert about {@code caseId} as referral-service published it on its topic. */
  JsonNode omissionOnTheTopic(String caseId) {
    try (TopicProbe events = new TopicProbe(bootstrapServers, Topics.REFERRAL_EVENTS)) {
      return json.readTree(
          events
              .await(
                  r ->
                      caseId.equals(r.key())
                          && r.value().contains("\"type\":\"ReferralOmissionSuspected\""),
                  PATIENCE)
              .value());
    }
  }

  static SuspectedCrimeReassessed reassessed(
      String caseId,
      boolean suspected,
      String trigger,
      String claimed,
      String establishedLoss,
      boolean bankrupt) {
    return new SuspectedCrimeReassessed(
        caseId,
        "沪市监松处〔2026〕" + caseId.substring(0, 4),
        "310117",
        "MR-310117",
        suspected,
        trigger,
        new BigDecimal(claimed),
        establishedLoss == null ? null : new BigDecimal(establishedLoss),
        null,
        bankrupt,
        "as case-service gave them",
        "FASHI-2025-5",
        new BigDecimal("300000"),
        "法释〔2025〕5号",
        TestClock.now().truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void aClaimClearedByAnEstablishedLossIsPenalisedWithoutAlert() {
    String caseId = UUID.randomUUID().toString();
    publish(
        caseId,
        envelope(reassessed(caseId, false, "APPRAISAL_FINISHED", "500000", "120000", false)));
    publish(caseId, envelope(penalty(caseId, "500000", false)));
    awaitPartitionConsumedUpTo(caseId);

    Map<String, Object> row = watched(caseId);
    assertThat(row.get("suspected_crime")).isEqualTo(false);
    assertThat((BigDecimal) row.get("established_amount")).isEqualByComparingTo("120000");
    assertThat(row.get("crime_grounds")).isEqualTo("as case-service gave them");
    assertThat(outboxPayloads(caseId, "ReferralOmissionSuspected"))
        .as("the claim of 500,000 yuan no longer decides")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "an established loss of 300000, APPRAISAL_FINISHED, 100000, 300000, false",
    "the rights holder's bankruptcy, RIGHTS_HOLDER_BANKRUPTCY, 50000, , true"
  })
  void aFindingRaisedAfterFilingMakesAPenaltyWithoutReferralAnOmission(
      String what, String trigger, String claimed, String loss, boolean bankrupt) {
    String caseId = UUID.randomUUID().toString();
    publish(caseId, envelope(reassessed(caseId, true, trigger, claimed, loss, bankrupt)));
    // as a penalty event of a case that case-service then cleared again would say it
    publish(caseId, envelope(penalty(caseId, claimed, false)));

    JsonNode alert = omissionOnTheTopic(caseId);
    assertThat(alert.get("schemaversion").asInt()).isEqualTo(2);
    assertThat(alert.get("data").get("trigger").asString()).isEqualTo("PENALTY_DECIDED");
    assertThat(alert.get("data").get("procuratorateUnit").asString()).isEqualTo("PROC-310117");
    assertThat(alert.get("data").get("caseNumber").asString()).startsWith("沪市监松处〔2026〕");
    assertThat(watched(caseId).get("suspected_crime")).isEqualTo(true);
  }

  String awaitReferralOf(String caseId) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from referral where case_id = ?", Integer.class, caseId)
                    > 0);
    return jdbc.queryForObject("select id from referral where case_id = ?", UUID.class, caseId)
        .toString();
  }

  @Test
  void referralProposedInCaseServiceOpensAReferralOnceWithItsClock() {
    String caseId = UUID.randomUUID().toString();
    EventEnvelope<EventPayload> proposed =
        envelope(
            new CaseReferralProposed(
                caseId,
                "沪市监松案〔2026〕12号",
                "310117",
                "MR-310117",
                new BigDecimal("350000"),
                true,
                "Loss of 350,000 yuan.",
                "songjiang-officer",
                TestClock.now().truncatedTo(ChronoUnit.MILLIS)));

    publish(caseId, proposed);
    String referralId = awaitReferralOf(caseId);
    publish(caseId, proposed);
    publish(
        caseId,
        envelope(
            new CaseReferralProposed(
                caseId,
                "沪市监松案〔2026〕12号",
                "310117",
                "MR-310117",
                new BigDecimal("350000"),
                true,
                "Proposed again.",
                "songjiang-officer",
                TestClock.now())));
    awaitPartitionConsumedUpTo(caseId);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from referral where case_id = ?", Integer.class, caseId))
        .isEqualTo(1);
    JsonNode referral =
        ApiClient.onPort(port)
            .as(DemoAccount.SONGJIANG_PROCURATOR)
            .get("/api/referrals/" + referralId)
            .json();
    assertThat(referral.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(referral.get("caseNumber").asString()).isEqualTo("沪市监松案〔2026〕12号");
    assertThat(referral.get("proposedBy").asString()).isEqualTo("songjiang-officer");
    assertThat(outboxPayloads(referralId, "ReferralProposed")).hasSize(1);
    assertThat(
            ApiClient.onPort(port)
                .as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/referrals?caseId=" + caseId)
                .json()
                .get("items")
                .findValuesAsString("id"))
        .containsExactly(referralId);
    assertThat(
            ApiClient.onPort(port)
                .as(DemoAccount.XUHUI_OFFICER)
                .get("/api/referrals?caseId=" + caseId)
                .json()
                .get("items"))
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from deadline where referral_id = ? and clock = 'APPROVAL'",
                Integer.class,
                UUID.fromString(referralId)))
        .isEqualTo(1);
  }

  @Test
  void mediationConcludedAsksTheCourtForConfirmation() {
    String caseId = UUID.randomUUID().toString();

    publish(
        caseId,
        envelope(
            new MediationConcluded(
                caseId,
                "N-4",
                "310117",
                "MR-310117",
                "COURT-310117",
                "cd".repeat(32),
                TestClock.now())));

    await()
        .atMost(PATIENCE)
        .until(() -> !outboxPayloads(caseId, "ConfirmationRequested").isEmpty());
    assertThat(outboxPayloads(caseId, "ConfirmationRequested").get(0))
        .contains(
            "\"courtUnit\":\"COURT-310117\"", "\"agreementSha256\":\"" + "cd".repeat(32) + "\"");
  }
}
