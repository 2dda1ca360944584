package cn.gov.sh.tradesecret.cases.lead;

import static cn.gov.sh.tradesecret.cases.CaseTestData.lead;
import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.pilots.PilotDesignated;
import cn.gov.sh.tradesecret.events.pilots.PilotRevoked;
import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deciding on leads: file or decline, the filing deadline and its extension, fast channel, reverse
 * referrals.
 */
@PlatformIntegrationTest
class LeadDecisionIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;
  String bootstrap;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    bootstrap = String.join(",", kafka.getBootstrapServers());
  }

  String id(JsonNode node) {
    return node.get("id").asString();
  }

  void publish(String topic, EventPayload payload) {
    EventEnvelope<EventPayload> event =
        EventEnvelope.of("test", payload, TestClock.now(), "corr-test");
    TopicProbe.send(bootstrap, topic, payload.aggregateId(), json.writeValueAsString(event));
  }

  @Test
  void registeredLeadShowsItsFifteenWorkingDayDeadlineAndETag() {
    var response = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", lead("310117", 1000));

    JsonNode deadline = response.json().get("deadline");
    assertThat(response.header("ETag"))
        .isNotBlank()
        .isEqualTo(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get("/api/leads/" + id(response.json()))
                .header("ETag"));
    assertThat(deadline.get("workingDaysLeft").asInt()).isEqualTo(15);
    assertThat(deadline.get("extended").asBoolean()).isFalse();
    assertThat(deadline.get("dueAt").asString()).endsWith("T16:00:00Z"); // midnight in Shanghai
  }

  @Test
  void declineRecordsTheReasonsAndPublishesOnlyTheirCategory() {
    String leadId = id(registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000));
    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post(
                  "/api/leads/" + leadId + "/decline",
                  Map.of(
                      "reasonCode",
                      "NO_VIOLATION",
                      "reason",
                      "The drawings were published in a 2019 patent."));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json().get("status").asString()).isEqualTo("DECLINED");
      assertThat(response.json().get("deadline").isNull()).isTrue();
      ConsumerRecord<String, String> declined =
          events.await(
              r -> leadId.equals(r.key()) && r.value().contains("\"type\":\"LeadDeclined\""),
              PATIENCE);
      assertThat(declined.value()).contains("NO_VIOLATION").doesNotContain("2019 patent");
    }
  }

  @Test
  void declinedLeadCannotBeFiledNorDeclinedAgain() {
    String leadId = id(registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000));
    api.as(DemoAccount.SONGJIANG_OFFICER)
        .post(
            "/api/leads/" + leadId + "/decline",
            Map.of("reasonCode", "OTHER", "reason", "withdrawn"));

    var filing =
        api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads/" + leadId + "/filing", Map.of());
    var again =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/leads/" + leadId + "/decline",
                Map.of("reasonCode", "OTHER", "reason", "withdrawn"));

    Problems.assertProblem(filing, 409, "illegal-transition");
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from infringement_case where lead_id = ?",
                Integer.class,
                UUID.fromString(leadId)))
        .isZero();
  }

  @Test
  void filedLeadCannotBeDeclined() {
    String leadId = id(registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000));
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post("/api/leads/" + leadId + "/filing", Map.of())
                .status())
        .isEqualTo(201);

    var decline =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/leads/" + leadId + "/decline",
                Map.of("reasonCode", "OTHER", "reason", "too late"));

    assertThat(decline.status()).isEqualTo(409);
    JsonNode lead = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads/" + leadId).json();
    assertThat(lead.get("status").asString()).isEqualTo("FILED");
    assertThat(lead.get("caseId").isString()).isTrue();
  }

  @Test
  void headExtendsTheFilingDeadlineOnceByFifteenWorkingDays() {
    JsonNode lead = registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000);
    String leadId = id(lead);
    LocalDate before = LocalDate.parse(lead.get("deadline").get("lastDay").asString());

    var officer =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/leads/" + leadId + "/deadline-extension",
                Map.of("reason", "waiting for the rights holder's documents"));
    var municipal =
        api.as(DemoAccount.MUNICIPAL_OFFICER)
            .post("/api/leads/" + leadId + "/deadline-extension", Map.of("reason", "waiting"));
    var foreign =
        api.as(DemoAccount.XUHUI_OFFICER)
            .post("/api/leads/" + leadId + "/deadline-extension", Map.of("reason", "waiting"));
    var head =
        api.as(DemoAccount.SONGJIANG_HEAD)
            .post(
                "/api/leads/" + leadId + "/deadline-extension",
                Map.of("reason", "waiting for the rights holder's documents"));
    var twice =
        api.as(DemoAccount.SONGJIANG_HEAD)
            .post(
                "/api/leads/" + leadId + "/deadline-extension", Map.of("reason", "still waiting"));

    assertThat(officer.status()).isEqualTo(403);
    assertThat(municipal.status()).isEqualTo(403);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(head.status()).isEqualTo(200);
    JsonNode deadline = head.json().get("deadline");
    assertThat(deadline.get("extended").asBoolean()).isTrue();
    assertThat(LocalDate.parse(deadline.get("lastDay").asString())).isAfter(before.plusDays(20));
    assertThat(deadline.get("workingDaysLeft").asInt()).isEqualTo(30);
    Problems.assertProblem(twice, 409, "extension-exhausted");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from deadline_extension where subject_id = ?",
                Integer.class,
                UUID.fromString(leadId)))
        .isEqualTo(1);
  }

  @Test
  void staleIfMatchIsRefusedWith412AndChangesNothing() {
    var registered = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", lead("310117", 1000));
    String leadId = id(registered.json());
    String seen = registered.header("ETag");
    var extended =
        api.as(DemoAccount.SONGJIANG_HEAD)
            .header("If-Match", seen)
            .post("/api/leads/" + leadId + "/deadline-extension", Map.of("reason", "waiting"));
    assertThat(extended.status()).isEqualTo(200);
    assertThat(extended.header("ETag")).isNotEqualTo(seen);

    var stale =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("If-Match", seen)
            .post(
                "/api/leads/" + leadId + "/decline",
                Map.of("reasonCode", "OTHER", "reason", "withdrawn"));

    Problems.assertProblem(stale, 412, "stale");
    var current = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads/" + leadId);
    assertThat(current.json().get("status").asString()).isEqualTo("REGISTERED");
    assertThat(current.header("ETag")).isEqualTo(extended.header("ETag"));
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .header("If-Match", current.header("ETag"))
                .post(
                    "/api/leads/" + leadId + "/decline",
                    Map.of("reasonCode", "OTHER", "reason", "withdrawn"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void retriedRegistrationAndFilingWithTheSameIdempotencyKeyCreateOneRecordEach() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = lead("310117", 4321);
    var first =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("Idempotency-Key", key)
            .post("/api/leads", body);
    var retry =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("Idempotency-Key", key)
            .post("/api/leads", body);
    var reused =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("Idempotency-Key", key)
            .post("/api/leads", lead("310117", 9999));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(id(retry.json())).isEqualTo(id(first.json()));
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(reused.status()).isEqualTo(422);
    String leadId = id(first.json());

    String filingKey = UUID.randomUUID().toString();
    var filed =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("Idempotency-Key", filingKey)
            .post("/api/leads/" + leadId + "/filing", Map.of());
    var refiled =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .header("Idempotency-Key", filingKey)
            .post("/api/leads/" + leadId + "/filing", Map.of());

    assertThat(filed.status()).isEqualTo(201);
    assertThat(refiled.status()).isEqualTo(201);
    assertThat(id(refiled.json())).isEqualTo(id(filed.json()));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from infringement_case where lead_id = ?",
                Integer.class,
                UUID.fromString(leadId)))
        .isEqualTo(1);
  }

  @Test
  void leadOfADesignatedPilotGetsTheFastChannelAndIsListedFirstUntilThePilotIsRevoked() {
    String pilotId = UUID.randomUUID().toString();
    String creditCode = "91110000802100433B";
    publish(
        Topics.PILOT_EVENTS,
        new PilotDesignated(
            pilotId,
            "310117",
            "UNIT",
            "北京某集团上海研发中心",
            creditCode,
            "integrated circuits",
            "MUNICIPAL",
            TestClock.now()));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from designated_pilot where credit_code = ?",
                        Integer.class,
                        creditCode)
                    == 1);

    Map<String, Object> body = lead("310117", 1000);
    body.put("source", "PILOT_FAST_CHANNEL");
    body.put("rightsHolder", Map.of("name", "北京某集团上海研发中心", "creditCode", creditCode));
    var fast = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", body);
    registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000); // a later, ordinary lead

    assertThat(fast.status()).isEqualTo(201);
    assertThat(fast.json().get("fastChannel").asBoolean()).isTrue();
    JsonNode list = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads?size=5").json();
    assertThat(list.get("items").get(0).get("fastChannel").asBoolean()).isTrue();
    JsonNode onlyFast =
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads?fastChannel=true&size=200").json();
    assertThat(onlyFast.get("items").findValuesAsString("id")).contains(id(fast.json()));
    assertThat(onlyFast.get("items").findValues("fastChannel")).allMatch(JsonNode::asBoolean);

    publish(
        Topics.PILOT_EVENTS,
        new PilotRevoked(pilotId, "310117", creditCode, "annual review failed", TestClock.now()));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from designated_pilot where credit_code = ?",
                        Integer.class,
                        creditCode)
                    == 0);
    body.put("source", "COMPLAINT");
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post("/api/leads", body)
                .json()
                .get("fastChannel")
                .asBoolean())
        .isFalse();
  }

  @Test
  void reverseReferralBecomesOneLeadOfTheTargetBureauEvenWhenDeliveredTwice() {
    String referralId = UUID.randomUUID().toString();
    ReverseReferralSubmitted reverse =
        new ReverseReferralSubmitted(
            referralId,
            null,
            "310117",
            "MR-310117",
            "PSB-310117",
            "上海某精密机械有限公司",
            "张某, 李某",
            "No crime: the loss is below the threshold; an administrative violation.",
            TestClock.now().minus(1, ChronoUnit.HOURS));
    EventEnvelope<EventPayload> event =
        EventEnvelope.of("referral-service", reverse, TestClock.now(), "corr-reverse");
    String wire = json.writeValueAsString(event);

    TopicProbe leadEvents = new TopicProbe(bootstrap, Topics.CASE_EVENTS);
    TopicProbe.send(bootstrap, Topics.REFERRAL_EVENTS, referralId, wire);
    TopicProbe.send(bootstrap, Topics.REFERRAL_EVENTS, referralId, wire);

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from processed_event where event_id = ?",
                        Integer.class,
                        UUID.fromString(event.id()))
                    == 1);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from lead where origin_reference = ?",
                        Integer.class,
                        referralId)
                    == 1);
    JsonNode leads = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads?size=200").json();
    JsonNode lead = null;
    for (JsonNode item : leads.get("items")) {
      if (referralId.equals(item.path("originReference").asString(""))) {
        lead = item;
      }
    }
    assertThat(lead).isNotNull();
    assertThat(lead.get("source").asString()).isEqualTo("REVERSE_REFERRAL");
    assertThat(lead.get("suspects").findValuesAsString("name")).containsExactly("张某", "李某");
    assertThat(lead.get("registeredBy").asString()).isEqualTo("PSB-310117");
    String leadId = lead.get("id").asString();
    try (leadEvents) {
      JsonNode registered =
          json.readTree(
              leadEvents
                  .await(
                      r -> leadId.equals(r.key()) && r.value().contains("\"LeadRegistered\""),
                      PATIENCE)
                  .value());
      assertThat(registered.at("/data/reverseReferralId").asString()).isEqualTo(referralId);
      assertThat(registered.at("/data/source").asString()).isEqualTo("REVERSE_REFERRAL");
    }
    // a redelivery lands in the same partition after the first: once both are consumed, still one
    // lead
    await()
        .during(Duration.ofSeconds(2))
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from lead where origin_reference = ?",
                        Integer.class,
                        referralId)
                    == 1);
  }

  @Test
  void policeProcuratorsAndCourtsDoNotReadLeads() {
    String leadId = id(registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000));

    assertThat(api.as(DemoAccount.SONGJIANG_POLICE).get("/api/leads/" + leadId).status())
        .isEqualTo(403);
    assertThat(api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/leads").status()).isEqualTo(403);
    assertThat(api.as(DemoAccount.SONGJIANG_COURT_CLERK).get("/api/leads/" + leadId).status())
        .isEqualTo(403);
  }
}
