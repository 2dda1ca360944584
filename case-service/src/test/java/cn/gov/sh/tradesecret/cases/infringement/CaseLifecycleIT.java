package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.SHA;
import static cn.gov.sh.tradesecret.cases.CaseTestData.evidence;
import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationGranted;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRefused;
import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralRejected;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A case from filing to closing: every outcome, every refusal, the events out and in. */
@PlatformIntegrationTest
class CaseLifecycleIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;

  ApiClient api;
  String bootstrap;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    bootstrap = String.join(",", kafka.getBootstrapServers());
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static String id(JsonNode node) {
    return node.get("id").asString();
  }

  ApiClient.Response post(DemoAccount account, String caseId, String action, Object body) {
    return api.as(account).post("/api/cases/" + caseId + action, body);
  }

  JsonNode read(String caseId) {
    return api.as(OFFICER).get("/api/cases/" + caseId).json();
  }

  String status(String caseId) {
    return read(caseId).get("status").asString();
  }

  EventEnvelope<EventPayload> publishReferralEvent(EventPayload payload) {
    EventEnvelope<EventPayload> event =
        EventEnvelope.of("referral-service", payload, TestClock.now(), "corr-referral");
    TopicProbe.send(
        bootstrap, Topics.REFERRAL_EVENTS, payload.aggregateId(), json.writeValueAsString(event));
    return event;
  }

  int processed(EventEnvelope<?> event) {
    return jdbc.queryForObject(
        "select count(*) from processed_event where event_id = ?",
        Integer.class,
        UUID.fromString(event.id()));
  }

  @Test
  void penaltyPathFromFilingToClosingPublishesEachStepAndNoSecretPoint() {
    String secret = "Servo loop gain table K=0.7315 at 12 kHz, kept in the vault of building 3";
    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      JsonNode filed = fileCase(api, OFFICER, "310117", 200000);
      String caseId = id(filed);
      assertThat(filed.get("caseNumber").asString()).matches("MR-310117-\\d{4}-\\d{4}");
      assertThat(filed.get("status").asString()).isEqualTo("INVESTIGATING");
      assertThat(filed.get("suspectedCrime").asBoolean()).isFalse();
      assertThat(filed.get("deadline").get("daysLeft").asInt()).isBetween(90, 93);

      assertThat(post(OFFICER, caseId, "/evidence", evidence()).status()).isEqualTo(201);
      var point =
          post(
              OFFICER,
              caseId,
              "/secret-points",
              Map.of(
                  "category",
                  "TECHNICAL",
                  "content",
                  secret,
                  "confidentialityMeasures",
                  "NDA with every engineer; vault access log"));
      assertThat(point.status()).isEqualTo(201);
      assertThat(point.json().get("secretPoints").get(0).get("content").asString())
          .isEqualTo(secret);
      var appraisal =
          post(
              OFFICER,
              caseId,
              "/appraisals",
              Map.of("matter", "NON_PUBLIC_NATURE", "institution", "上海某知识产权司法鉴定所"));
      assertThat(appraisal.status()).isEqualTo(201);
      assertThat(appraisal.json().get("deadline").get("paused").asBoolean()).isTrue();
      String appraisalId = appraisal.json().get("appraisals").get(0).get("id").asString();
      var result =
          post(
              OFFICER,
              caseId,
              "/appraisals/" + appraisalId + "/result",
              Map.of("conclusion", "CONFIRMED", "reportSha256", SHA));
      assertThat(result.status()).isEqualTo(200);
      assertThat(result.json().get("deadline").get("paused").asBoolean()).isFalse();

      var decided = post(HEAD, caseId, "/penalty-decision", penalty(150000, 20000));
      assertThat(decided.status()).isEqualTo(200);
      assertThat(decided.json().get("status").asString()).isEqualTo("PENALTY_DECIDED");
      assertThat(decided.json().get("lawVersion").asString()).isEqualTo("AUCL-2019");
      var closed = post(OFFICER, caseId, "/closing", Map.of());
      assertThat(closed.status()).isEqualTo(200);
      assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
      assertThat(closed.json().get("outcome").asString()).isEqualTo("PENALTY");
      assertThat(closed.json().get("deadline").isNull()).isTrue();

      ConsumerRecord<String, String> caseClosed =
          events.await(
              r -> caseId.equals(r.key()) && r.value().contains("\"type\":\"CaseClosed\""),
              PATIENCE);
      assertThat(caseClosed.value()).contains("\"outcome\":\"PENALTY\"", "\"fine\":150000");
      List<String> types =
          events.drain(Duration.ofMillis(500)).stream()
              .filter(r -> caseId.equals(r.key()))
              .map(r -> json.readTree(r.value()).get("type").asString())
              .toList();
      assertThat(types)
          .containsExactly(
              "CaseFiled", "AppraisalStarted", "AppraisalFinished", "PenaltyDecided", "CaseClosed");
      assertThat(events.drain(Duration.ZERO))
          .as("no event on the topic carries the secret point")
          .noneMatch(r -> r.value().contains("K=0.7315") || r.value().contains("vault"));
    }
  }

  @Test
  void penaltyOnASuspectedCrimeIsRefusedUntilThePoliceDeclineTheReferral() {
    String caseId = id(fileCase(api, OFFICER, "310117", 350000));
    assertThat(read(caseId).get("suspectedCrime").asBoolean()).isTrue();

    var refused = post(HEAD, caseId, "/penalty-decision", penalty(600000, 0));
    Problems.assertProblem(refused, 409, "suspected-crime");
    assertThat(refused.json().get("detail").asString()).contains("300,000", "referred");
    assertThat(post(OFFICER, caseId, "/closing", Map.of("reason", "nothing to do")).status())
        .isEqualTo(409);
    assertThat(post(OFFICER, caseId, "/mediation", Map.of("agreementSha256", SHA)).status())
        .isEqualTo(409);

    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      assertThat(
              post(HEAD, caseId, "/referral-proposal", Map.of("grounds", "loss of 350,000 yuan"))
                  .status())
          .isEqualTo(200);
      assertThat(
              events
                  .await(
                      r -> caseId.equals(r.key()) && r.value().contains("CaseReferralProposed"),
                      PATIENCE)
                  .value())
          .contains("\"suspectedCrime\":true");
    }
    EventEnvelope<EventPayload> declined =
        publishReferralEvent(
            new ReferralDeclined(
                UUID.randomUUID().toString(),
                caseId,
                "310117",
                "MR-310117",
                "PSB-310117",
                "no criminal intent shown",
                TestClock.now()));
    await().atMost(PATIENCE).until(() -> "INVESTIGATING".equals(status(caseId)));
    assertThat(read(caseId).get("referralDeclined").asBoolean()).isTrue();

    var allowed =
        post(HEAD, caseId, "/penalty-decision", with(penalty(600000, 50000), "serious", true));
    assertThat(allowed.status()).isEqualTo(200);

    // the decline delivered again has no second effect (the case is past it)
    TopicProbe.send(
        bootstrap, Topics.REFERRAL_EVENTS, declined.subject(), json.writeValueAsString(declined));
    await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> processed(declined) == 1);
    assertThat(status(caseId)).isEqualTo("PENALTY_DECIDED");
  }

  @Test
  void referralBelowTheThresholdAcceptedByThePoliceClosesAsReferral() {
    String caseId = id(fileCase(api, OFFICER, "310117", 120000));
    assertThat(
            post(
                    HEAD,
                    caseId,
                    "/referral-proposal",
                    Map.of("grounds", "organised copying of source code"))
                .status())
        .isEqualTo(200);
    assertThat(post(OFFICER, caseId, "/closing", Map.of()).status())
        .as("awaiting the police")
        .isEqualTo(409);

    EventEnvelope<EventPayload> accepted =
        publishReferralEvent(
            new ReferralAccepted(
                UUID.randomUUID().toString(),
                caseId,
                "310117",
                "MR-310117",
                "PSB-310117",
                TestClock.now()));
    await().atMost(PATIENCE).until(() -> "REFERRED".equals(status(caseId)));
    TopicProbe.send(
        bootstrap, Topics.REFERRAL_EVENTS, accepted.subject(), json.writeValueAsString(accepted));

    var closed = post(OFFICER, caseId, "/closing", Map.of());
    assertThat(closed.json().get("outcome").asString()).isEqualTo("REFERRAL");
    await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> processed(accepted) == 1);
    assertThat(status(caseId)).isEqualTo("CLOSED");
  }

  @Test
  void referralRejectedByTheHeadReturnsTheCaseToInvestigation() {
    String caseId = id(fileCase(api, OFFICER, "310117", 120000));
    post(HEAD, caseId, "/referral-proposal", Map.of("grounds", "suspicion"));

    publishReferralEvent(
        new ReferralRejected(
            UUID.randomUUID().toString(),
            caseId,
            "310117",
            "MR-310117",
            "not enough for a crime",
            "songjiang-head",
            TestClock.now()));

    await().atMost(PATIENCE).until(() -> "INVESTIGATING".equals(status(caseId)));
    assertThat(read(caseId).get("referralDeclined").asBoolean()).isFalse();
  }

  @Test
  void mediationConfirmedByTheCourtClosesAsMediationAndARefusalReopensTheCase() {
    String confirmed = id(fileCase(api, OFFICER, "310117", 80000));
    String refused = id(fileCase(api, OFFICER, "310117", 80000));
    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      var mediation = post(OFFICER, confirmed, "/mediation", Map.of("agreementSha256", SHA));
      assertThat(mediation.status()).isEqualTo(200);
      assertThat(mediation.json().get("mediationCourtUnit").asString()).isEqualTo("COURT-310117");
      assertThat(
              events
                  .await(
                      r -> confirmed.equals(r.key()) && r.value().contains("MediationConcluded"),
                      PATIENCE)
                  .value())
          .contains(SHA, "COURT-310117");
    }
    post(
        OFFICER,
        refused,
        "/mediation",
        Map.of("agreementSha256", SHA, "courtUnit", "COURT-310117"));
    assertThat(post(OFFICER, confirmed, "/closing", Map.of()).status())
        .as("not confirmed yet")
        .isEqualTo(409);

    publishReferralEvent(
        new ConfirmationGranted(
            UUID.randomUUID().toString(), confirmed, "310117", "COURT-310117", TestClock.now()));
    publishReferralEvent(
        new ConfirmationRefused(
            UUID.randomUUID().toString(),
            refused,
            "310117",
            "COURT-310117",
            "the agreement waives a third party's rights",
            TestClock.now()));

    await().atMost(PATIENCE).until(() -> "MEDIATION_CONFIRMED".equals(status(confirmed)));
    await().atMost(PATIENCE).until(() -> "INVESTIGATING".equals(status(refused)));
    assertThat(post(OFFICER, confirmed, "/closing", Map.of()).json().get("outcome").asString())
        .isEqualTo("MEDIATION");
  }

  @Test
  void closingWithoutPenaltyNeedsTheReasons() {
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));

    var withoutReason = post(OFFICER, caseId, "/closing", Map.of());
    var withReason =
        post(OFFICER, caseId, "/closing", Map.of("reason", "the information was public"));

    Problems.assertInvalid(withoutReason, "reason");
    assertThat(withReason.status()).isEqualTo(200);
    assertThat(withReason.json().get("outcome").asString()).isEqualTo("NO_PENALTY");
  }

  @Test
  void illegalTransitionsAreRefusedWith409() {
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));
    var appraisal =
        post(OFFICER, caseId, "/appraisals", Map.of("matter", "IDENTITY", "institution", "某鉴定所"));
    String appraisalId = appraisal.json().get("appraisals").get(0).get("id").asString();

    assertThat(
            post(OFFICER, caseId, "/appraisals", Map.of("matter", "TESTING", "institution", "某检测所"))
                .status())
        .as("a second appraisal at once")
        .isEqualTo(409);
    assertThat(post(HEAD, caseId, "/penalty-decision", penalty(150000, 0)).status())
        .as("a penalty during an appraisal")
        .isEqualTo(409);
    post(
        OFFICER,
        caseId,
        "/appraisals/" + appraisalId + "/result",
        Map.of("conclusion", "NOT_CONFIRMED", "reportSha256", SHA));
    assertThat(
            post(
                    OFFICER,
                    caseId,
                    "/appraisals/" + appraisalId + "/result",
                    Map.of("conclusion", "CONFIRMED", "reportSha256", SHA))
                .status())
        .as("a result twice")
        .isEqualTo(409);
    post(OFFICER, caseId, "/closing", Map.of("reason", "not a trade secret"));

    assertThat(post(HEAD, caseId, "/penalty-decision", penalty(150000, 0)).status()).isEqualTo(409);
    assertThat(post(OFFICER, caseId, "/evidence", evidence()).status()).isEqualTo(409);
    assertThat(post(HEAD, caseId, "/referral-proposal", Map.of("grounds", "late")).status())
        .isEqualTo(409);
    assertThat(post(OFFICER, caseId, "/closing", Map.of("reason", "again")).status())
        .isEqualTo(409);
    assertThat(
            post(
                    HEAD,
                    caseId,
                    "/deadline-extensions",
                    Map.of("basis", "HEAD_APPROVAL", "reason", "late"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void fineOutsideTheRangeOfTheLawInForceIsRefusedNamingTheField() {
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));

    for (Map<String, Object> body :
        List.of(
            penalty(99999.99, 0),
            penalty(1000000.01, 0),
            with(penalty(400000, 0), "serious", true),
            with(penalty(5000000.01, 0), "serious", true),
            with(penalty(1000001, 0), "mitigationGrounds", "first offence, losses compensated"))) {
      var response = post(HEAD, caseId, "/penalty-decision", body);
      Problems.assertInvalid(response, "fine");
      assertThat(response.json().get("detail").asString())
          .contains("Anti-Unfair Competition Law 2019, art. 21");
    }
    assertThat(status(caseId)).isEqualTo("INVESTIGATING");
    var mitigated =
        post(
            HEAD,
            caseId,
            "/penalty-decision",
            with(
                penalty(3000, 500),
                "mitigationGrounds",
                "first offence, losses compensated (Administrative Penalty Law art. 32)"));
    assertThat(mitigated.status()).isEqualTo(200);
  }

  @Test
  void approvalsNeedTheHeadOfTheOwningBureauAndOtherBureausCannotTellTheCaseExists() {
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));

    for (DemoAccount notHead : List.of(OFFICER, DemoAccount.MUNICIPAL_OFFICER)) {
      assertThat(post(notHead, caseId, "/penalty-decision", penalty(150000, 0)).status())
          .isEqualTo(403);
      assertThat(post(notHead, caseId, "/referral-proposal", Map.of("grounds", "x")).status())
          .isEqualTo(403);
      assertThat(
              post(
                      notHead,
                      caseId,
                      "/deadline-extensions",
                      Map.of("basis", "HEAD_APPROVAL", "reason", "x"))
                  .status())
          .isEqualTo(403);
    }
    assertThat(api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/" + caseId).status())
        .isEqualTo(200);
    assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/cases/" + caseId).status())
        .isEqualTo(404);
    assertThat(post(DemoAccount.XUHUI_OFFICER, caseId, "/evidence", evidence()).status())
        .isEqualTo(404);
    assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/cases/" + UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .get("/api/cases?size=200")
                .json()
                .get("items")
                .findValuesAsString("id"))
        .doesNotContain(caseId);
    for (DemoAccount outsider :
        List.of(
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.MUNICIPAL_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_CLERK)) {
      assertThat(api.as(outsider).get("/api/cases/" + caseId).status()).isEqualTo(403);
      assertThat(api.as(outsider).get("/api/cases").status()).isEqualTo(403);
    }
    assertThat(status(caseId)).isEqualTo("INVESTIGATING");
  }

  @Test
  void staleETagGets412AndChangesNothing() {
    var filed =
        api.as(OFFICER)
            .post("/api/leads/" + id(CaseTestDataAccess.lead(api)) + "/filing", Map.of());
    String caseId = id(filed.json());
    String seen = filed.header("ETag");
    var added =
        api.as(OFFICER)
            .header("If-Match", seen)
            .post("/api/cases/" + caseId + "/evidence", evidence());
    assertThat(added.status()).isEqualTo(201);

    var stale =
        api.as(HEAD)
            .header("If-Match", seen)
            .post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0));

    assertThat(stale.status()).isEqualTo(412);
    JsonNode current = read(caseId);
    assertThat(current.get("status").asString()).isEqualTo("INVESTIGATING");
    assertThat(current.get("evidence")).hasSize(1);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag"))
        .isEqualTo(added.header("ETag"));
  }

  @Test
  void retriedEvidenceWithTheSameIdempotencyKeyIsRecordedOnce() {
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));
    String key = UUID.randomUUID().toString();

    var first =
        api.as(OFFICER)
            .header("Idempotency-Key", key)
            .post("/api/cases/" + caseId + "/evidence", evidence());
    var retry =
        api.as(OFFICER)
            .header("Idempotency-Key", key)
            .post("/api/cases/" + caseId + "/evidence", evidence());

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(read(caseId).get("evidence")).hasSize(1);
  }

  @ParameterizedTest(name = "filed {0}: expires {1}, extended {2}")
  @CsvSource({
    "2026-03-03, 2026-06-01, 2026-07-01", // the 90th day, Mon 1 June, is a working day
    "2026-03-01, 2026-06-01, 2026-07-01", // the 90th day, Sat 30 May, moves to Monday: 30 days run
    // from there
  })
  void headExtendsBy30DaysOnceAndBeyondOnlyACollectiveDecisionSetsTheDate(
      LocalDate filed, LocalDate expiry, LocalDate extendedExpiry) {
    clock.setTo(TestClock.atNine(filed));
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));
    String other = id(fileCase(api, OFFICER, "310117", 50000));
    LocalDate before = LocalDate.parse(read(caseId).get("deadline").get("lastDay").asString());
    assertThat(before).isEqualTo(expiry);

    assertThat(
            post(
                    HEAD,
                    other,
                    "/deadline-extensions",
                    Map.of(
                        "basis",
                        "COLLECTIVE_DECISION",
                        "reason",
                        "complex",
                        "newDueDate",
                        before.plusDays(200).toString()))
                .status())
        .as("collective before the head's")
        .isEqualTo(409);
    var head =
        post(
            HEAD,
            caseId,
            "/deadline-extensions",
            Map.of("basis", "HEAD_APPROVAL", "reason", "complex"));
    assertThat(head.status()).isEqualTo(200);
    LocalDate extended = LocalDate.parse(head.json().get("deadline").get("lastDay").asString());
    assertThat(extended).isEqualTo(extendedExpiry);
    assertThat(head.json().get("deadline").get("extended").asBoolean()).isTrue();
    var again =
        post(
            HEAD,
            caseId,
            "/deadline-extensions",
            Map.of("basis", "HEAD_APPROVAL", "reason", "more"));
    Problems.assertProblem(again, 409, "extension-exhausted");
    var withoutDate =
        post(
            HEAD,
            caseId,
            "/deadline-extensions",
            Map.of("basis", "COLLECTIVE_DECISION", "reason", "x"));
    Problems.assertInvalid(withoutDate, "newDueDate");

    LocalDate set = extended.plusDays(60);
    var collective =
        post(
            HEAD,
            caseId,
            "/deadline-extensions",
            Map.of(
                "basis",
                "COLLECTIVE_DECISION",
                "reason",
                "expert testimony abroad; minutes of the leadership meeting no. 12",
                "newDueDate",
                set.toString()));
    assertThat(collective.status()).isEqualTo(200);
    assertThat(collective.json().get("deadline").get("lastDay").asString())
        .isEqualTo(set.toString());
    assertThat(
            jdbc.queryForList(
                "select basis from deadline_extension where subject_id = ? order by approved_at",
                String.class,
                UUID.fromString(caseId)))
        .containsExactly("HEAD_APPROVAL", "COLLECTIVE_DECISION");
  }

  @Test
  void appraisalStopsTheDecisionClockForTheDaysItTakes() {
    Instant filing =
        LocalDateTime.parse("2026-03-02T10:00").atZone(WorkingDayCalendar.ZONE).toInstant();
    clock.setTo(filing);
    String caseId = id(fileCase(api, OFFICER, "310117", 50000));
    // 2 March + 90 days = Sun 31 May -> Mon 1 June
    assertThat(read(caseId).get("deadline").get("lastDay").asString()).isEqualTo("2026-06-01");
    clock.setTo(filing.plus(Duration.ofDays(5)));
    String appraisalId =
        post(OFFICER, caseId, "/appraisals", Map.of("matter", "IDENTITY", "institution", "某鉴定所"))
            .json()
            .get("appraisals")
            .get(0)
            .get("id")
            .asString();
    clock.setTo(filing.plus(Duration.ofDays(17)));

    var result =
        post(
            OFFICER,
            caseId,
            "/appraisals/" + appraisalId + "/result",
            Map.of("conclusion", "CONFIRMED", "reportSha256", SHA));

    // 12 days stood still: 2 March + 102 = Fri 12 June
    assertThat(result.json().get("pausedDays").asInt()).isEqualTo(12);
    assertThat(result.json().get("deadline").get("lastDay").asString()).isEqualTo("2026-06-12");
  }

  static Stream<Arguments> badEvidence() {
    Map<String, Object> good = evidence();
    return Stream.of(
        Arguments.of("missing kind", with(good, "kind", null), "kind"),
        Arguments.of("unknown kind", with(good, "kind", "RUMOUR"), "kind"),
        Arguments.of("blank description", with(good, "description", " "), "description"),
        Arguments.of(
            "oversized description", with(good, "description", "x".repeat(4001)), "description"),
        Arguments.of("missing collector", with(good, "collectedBy", null), "collectedBy"),
        Arguments.of(
            "collectedAt not a time", with(good, "collectedAt", "last week"), "collectedAt"),
        Arguments.of(
            "collectedAt in the future",
            with(good, "collectedAt", "2999-01-01T00:00:00Z"),
            "collectedAt"),
        Arguments.of("fingerprint too short", with(good, "sha256", "abc123"), "sha256"),
        Arguments.of("fingerprint not hex", with(good, "sha256", "z".repeat(64)), "sha256"),
        Arguments.of(
            "the file itself instead of its fingerprint",
            with(good, "content", "BASE64..."),
            "content"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEvidence")
  void badEvidenceIsRefusedNamingTheFieldAndStoresNothing(
      String why, Map<String, Object> body, String field) {
    String caseId = CaseTestDataAccess.sharedCase(api);
    int before = jdbc.queryForObject("select count(*) from evidence_item", Integer.class);

    var response = post(OFFICER, caseId, "/evidence", body);

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(jdbc.queryForObject("select count(*) from evidence_item", Integer.class))
        .isEqualTo(before);
  }

  static Stream<Arguments> badPenalties() {
    Map<String, Object> good = penalty(150000, 0);
    return Stream.of(
        Arguments.of("missing fine", with(good, "fine", null), "fine"),
        Arguments.of("negative fine", with(good, "fine", -1), "fine"),
        Arguments.of("fine as text", with(good, "fine", "much"), "fine"),
        Arguments.of("absurd confiscation", with(good, "confiscation", 1e15), "confiscation"),
        Arguments.of("fractions of a fen", with(good, "confiscation", 0.001), "confiscation"),
        Arguments.of("missing order to stop", with(good, "orderToStop", null), "orderToStop"),
        Arguments.of(
            "decision date in the future", with(good, "decidedOn", "2999-01-01"), "decidedOn"),
        Arguments.of("decision date not a date", with(good, "decidedOn", "today"), "decidedOn"),
        Arguments.of(
            "oversized mitigation grounds",
            with(good, "mitigationGrounds", "x".repeat(2001)),
            "mitigationGrounds"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPenalties")
  void badPenaltyIsRefusedNamingTheFieldAndChangesNothing(
      String why, Map<String, Object> body, String field) {
    String caseId = CaseTestDataAccess.sharedCase(api);
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");

    var response = post(HEAD, caseId, "/penalty-decision", body);

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
    assertThat(status(caseId)).isEqualTo("INVESTIGATING");
  }

  @Test
  void badSecretPointsAppraisalsAndMediationsAreRefusedNamingTheField() {
    String caseId = CaseTestDataAccess.sharedCase(api);
    Map<String, Map<String, Object>> attempts =
        Map.of(
            "/secret-points",
                Map.of("category", "GOSSIP", "content", "x", "confidentialityMeasures", "y"),
            "/appraisals", Map.of("matter", "IDENTITY", "institution", "x".repeat(201)),
            "/mediation", Map.of("agreementSha256", SHA, "courtUnit", "PSB-310117"));
    Map<String, String> fields =
        Map.of(
            "/secret-points", "category", "/appraisals", "institution", "/mediation", "courtUnit");
    attempts.forEach(
        (action, body) -> {
          var response = post(OFFICER, caseId, action, body);
          Problems.assertProblem(response, 400, "validation");
          assertThat(response.json().get("errors").findValuesAsString("field"))
              .as(action)
              .contains(fields.get(action));
        });
    assertThat(
            post(
                    OFFICER,
                    caseId,
                    "/secret-points",
                    Map.of(
                        "category",
                        "TECHNICAL",
                        "content",
                        "x".repeat(8001),
                        "confidentialityMeasures",
                        "y"))
                .json()
                .get("errors")
                .findValuesAsString("field"))
        .contains("content");
    assertThat(status(caseId)).isEqualTo("INVESTIGATING");
    assertThat(read(caseId).get("secretPoints")).isEmpty();
  }

  @Test
  void listIsPagedAndFilteredByStatusDistrictAndSuspectedCrime() {
    String crime = id(fileCase(api, OFFICER, "310117", 300000));

    JsonNode suspected =
        api.as(DemoAccount.MUNICIPAL_OFFICER)
            .get("/api/cases?district=310117&suspectedCrime=true&status=INVESTIGATING&size=200")
            .json();
    JsonNode dueSoon = api.as(OFFICER).get("/api/cases?dueBefore=2000-01-01").json();
    var badStatus = api.as(OFFICER).get("/api/cases?status=LOST");

    assertThat(suspected.get("items").findValuesAsString("id")).contains(crime);
    assertThat(suspected.get("items").findValues("suspectedCrime")).allMatch(JsonNode::asBoolean);
    assertThat(suspected.get("items").findValuesAsString("district")).containsOnly("310117");
    assertThat(dueSoon.get("totalItems").asInt()).isZero();
    Problems.assertInvalid(badStatus, "status");
  }
}
