package cn.gov.sh.tradesecret.pilots.selfassessment;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.creditCode;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangPark;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.with;
import static cn.gov.sh.tradesecret.pilots.selfassessment.SelfAssessmentTestData.area;
import static cn.gov.sh.tradesecret.pilots.selfassessment.SelfAssessmentTestData.envelope;
import static cn.gov.sh.tradesecret.pilots.selfassessment.SelfAssessmentTestData.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.pilots.support.PilotApi;
import cn.gov.sh.tradesecret.pilots.support.TestOnlyAccounts;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A self-assessment an enterprise shared (enterprise-service's SelfAssessmentShared on {@code
 * enterprise-events}) is kept once and shown beside its pilot's health checks, to the bureaus that
 * manage the pilot only.
 */
@PlatformIntegrationTest
class SharedSelfAssessmentIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String TOPIC = Topics.ENTERPRISE_EVENTS;
  private static final DemoAccount SONGJIANG = DemoAccount.SONGJIANG_OFFICER;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;
  PilotApi pilots;
  String bootstrap;

  @BeforeEach
  void setUp() throws Exception {
    api = ApiClient.onPort(port);
    pilots = new PilotApi(api);
    bootstrap = String.join(",", kafka.getBootstrapServers());
    createTheEnterpriseTopic();
  }

  /** The topic, created by its owner enterprise-service in production (KafkaAccess grants it). */
  void createTheEnterpriseTopic() throws Exception {
    try (Admin admin = Admin.create(KafkaClients.admin(bootstrap))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(TOPIC, 6, (short) 1),
                  new NewTopic(Topics.deadLetter(TOPIC), 1, (short) 1)))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  /** Sends the event as enterprise-service's outbox does, keyed by the assessment; the message. */
  String publish(Map<String, Object> data) {
    String message = json.writeValueAsString(envelope(data));
    TopicProbe.send(bootstrap, TOPIC, (String) data.get("assessmentId"), message);
    return message;
  }

  int kept(String assessmentId) {
    return jdbc.queryForObject(
        "select count(*) from shared_self_assessment where id = ?",
        Integer.class,
        UUID.fromString(assessmentId));
  }

  void awaitKept(String assessmentId) {
    await().atMost(PATIENCE).until(() -> kept(assessmentId) == 1);
  }

  /** A Songjiang unit in cultivation whose enterprise has {@code creditCode}; its id. */
  String songjiangPilot(String creditCode) {
    return pilots.cultivating(SONGJIANG, with(songjiangUnit(), "creditCode", creditCode));
  }

  @Test
  void sharedAssessmentAppearsBesideThePilotsHealthChecksWithItsScoresOnly() {
    String code = creditCode("310117");
    String pilotId = songjiangPilot(code);
    String id = UUID.randomUUID().toString();
    Map<String, Object> data = shared(id, code, "310117");
    publish(data);
    awaitKept(id);

    var response = api.as(SONGJIANG).get("/api/pilots/" + pilotId + "/self-assessments");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode assessments = response.json();
    assertThat(assessments).hasSize(1);
    JsonNode assessment = assessments.get(0);
    assertThat(assessment.get("id").asString()).isEqualTo(id);
    assertThat(assessment.get("guideId").asString()).isEqualTo("ic-2026");
    assertThat(assessment.get("pilotId").asString()).isEqualTo(pilotId);
    assertThat(assessment.get("score").decimalValue()).isEqualByComparingTo("71.5");
    assertThat(assessment.get("areas").findValuesAsString("code"))
        .containsExactly(
            "CLASSIFICATION", "MEASURES", "STAFF", "RD_RECORDS", "PARTNERS", "INCIDENTS");
    assertThat(assessment.get("areas").get(4).get("score").decimalValue())
        .isEqualByComparingTo("66.7");
    assertThat(Instant.parse(assessment.get("submittedAt").asString()))
        .isEqualTo(Instant.parse((String) data.get("submittedAt")));
    assertThat(response.body()).doesNotContain("answers", "CLS-1");
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .get("/api/pilots/" + pilotId + "/self-assessments")
                .json())
        .hasSize(1);
  }

  @Test
  void pilotShowsItsEnterprisesAssessmentsLatestFirstAndNoOtherEnterprises() {
    String code = creditCode("310117");
    String pilotId = songjiangPilot(code);
    String earlier = UUID.randomUUID().toString();
    String later = UUID.randomUUID().toString();
    String otherEnterprise = UUID.randomUUID().toString();
    Instant submitted = TestClock.now().truncatedTo(ChronoUnit.MICROS);
    publish(with(shared(earlier, code, "310117"), "submittedAt", submitted.toString()));
    publish(
        with(shared(later, code, "310117"), "submittedAt", submitted.plusSeconds(3600).toString()));
    publish(shared(otherEnterprise, creditCode("310117"), "310117"));
    awaitKept(otherEnterprise);
    awaitKept(later);

    JsonNode assessments =
        api.as(SONGJIANG).get("/api/pilots/" + pilotId + "/self-assessments").json();
    assertThat(assessments.findValuesAsString("id")).containsExactly(later, earlier);
    String parkId = pilots.cultivating(SONGJIANG, songjiangPark());
    assertThat(api.as(SONGJIANG).get("/api/pilots/" + parkId + "/self-assessments").json())
        .as("a park has no credit code")
        .isEmpty();
  }

  @Test
  void districtListShowsWhatWasSharedWithTheBureauAndNamesThePilot() {
    String code = creditCode("310117");
    String pilotId = songjiangPilot(code);
    String ofPilot = UUID.randomUUID().toString();
    String ofNoPilot = UUID.randomUUID().toString();
    String ofXuhui = UUID.randomUUID().toString();
    publish(shared(ofPilot, code, "310117"));
    publish(shared(ofNoPilot, creditCode("310117"), "310117"));
    publish(shared(ofXuhui, creditCode("310104"), "310104"));
    awaitKept(ofPilot);
    awaitKept(ofNoPilot);
    awaitKept(ofXuhui);

    JsonNode songjiang = listed(SONGJIANG, "?size=200").get("items");
    assertThat(songjiang.findValuesAsString("id"))
        .contains(ofPilot, ofNoPilot)
        .doesNotContain(ofXuhui);
    assertThat(songjiang.findValuesAsString("district")).containsOnly("310117");
    assertThat(item(songjiang, ofPilot).get("pilotId").asString()).isEqualTo(pilotId);
    assertThat(item(songjiang, ofNoPilot).get("pilotId").isNull()).isTrue();
    assertThat(listed(DemoAccount.XUHUI_OFFICER, "?size=200").get("items").findValuesAsString("id"))
        .contains(ofXuhui)
        .doesNotContain(ofPilot, ofNoPilot);
    assertThat(
            listed(DemoAccount.MUNICIPAL_OFFICER, "?district=310104&size=200")
                .get("items")
                .findValuesAsString("id"))
        .contains(ofXuhui)
        .doesNotContain(ofPilot);
  }

  JsonNode listed(DemoAccount account, String query) {
    var response = api.as(account).get("/api/pilots/self-assessments" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static JsonNode item(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (id.equals(item.get("id").asString())) {
        return item;
      }
    }
    throw new AssertionError("no item " + id);
  }

  @Test
  void oneAssessmentIsKeptOnceWhateverIsRedelivered() {
    String code = creditCode("310117");
    String pilotId = songjiangPilot(code);
    String id = UUID.randomUUID().toString();
    Map<String, Object> data = shared(id, code, "310117");
    String message = publish(data);
    TopicProbe.send(bootstrap, TOPIC, id, message); // the same event again
    publish(data); // the same assessment, published anew
    String marker = UUID.randomUUID().toString();
    publish(shared(marker, code, "310117"));
    awaitKept(marker);

    assertThat(kept(id)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from shared_self_assessment_area where assessment_id = ?",
                Integer.class,
                UUID.fromString(id)))
        .isEqualTo(6);
    assertThat(
            api.as(SONGJIANG)
                .get("/api/pilots/" + pilotId + "/self-assessments")
                .json()
                .findValuesAsString("id"))
        .containsExactlyInAnyOrder(id, marker);
  }

  @Test
  void unreadableOrImpossibleAssessmentsGoToTheDeadLetterTopicAndBlockNothing() {
    String code = creditCode("310117");
    Map<String, String> broken =
        Map.of(
            "without-areas",
            json.writeValueAsString(
                envelope(
                    with(shared(UUID.randomUUID().toString(), code, "310117"), "areas", null))),
            "score-150",
            json.writeValueAsString(
                envelope(with(shared(UUID.randomUUID().toString(), code, "310117"), "score", 150))),
            "wrong-check-character",
            json.writeValueAsString(
                envelope(
                    shared(
                        UUID.randomUUID().toString(),
                        code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"),
                        "310117"))),
            "municipality",
            json.writeValueAsString(envelope(shared(UUID.randomUUID().toString(), code, "310000"))),
            "area-twice",
            json.writeValueAsString(
                envelope(
                    with(
                        shared(UUID.randomUUID().toString(), code, "310117"),
                        "areas",
                        List.of(area("STAFF", 40), area("STAFF", 60))))),
            "id-no-uuid",
            json.writeValueAsString(envelope(shared("ASSESS-1", code, "310117"))),
            "garbage",
            "{not json");
    String next = UUID.randomUUID().toString();
    try (TopicProbe deadLetters = new TopicProbe(bootstrap, Topics.deadLetter(TOPIC))) {
      int before =
          jdbc.queryForObject("select count(*) from shared_self_assessment", Integer.class);
      broken.forEach((key, message) -> TopicProbe.send(bootstrap, TOPIC, key, message));
      publish(shared(next, code, "310117"));

      awaitKept(next);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  deadLetters.drain(Duration.ofMillis(500)).stream()
                      .map(r -> r.key())
                      .toList()
                      .containsAll(broken.keySet()));
      assertThat(jdbc.queryForObject("select count(*) from shared_self_assessment", Integer.class))
          .as("only the readable one kept")
          .isEqualTo(before + 1);
    }
  }

  @Test
  void onlyTheBureausThatManageThePilotSeeItsAssessments() {
    String pilotId = songjiangPilot(creditCode("310117"));
    for (DemoAccount outsider :
        List.of(
            DemoAccount.XUHUI_OFFICER,
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.MUNICIPAL_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_CLERK,
            TestOnlyAccounts.SONGJIANG_ENTERPRISE)) {
      Problems.assertProblem(
          api.as(outsider).get("/api/pilots/" + pilotId + "/self-assessments"), 404, "not-found");
    }
    Problems.assertProblem(
        api.as(SONGJIANG).get("/api/pilots/" + UUID.randomUUID() + "/self-assessments"),
        404,
        "not-found");
  }

  @Test
  void otherAgenciesAndEnterprisesAreRefusedTheDistrictList() {
    for (DemoAccount outsider :
        List.of(
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.MUNICIPAL_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_CLERK,
            TestOnlyAccounts.SONGJIANG_ENTERPRISE)) {
      Problems.assertProblem(
          api.as(outsider).get("/api/pilots/self-assessments"), 403, "forbidden");
    }
    Problems.assertProblem(
        api.as(DemoAccount.XUHUI_OFFICER).get("/api/pilots/self-assessments?district=310117"),
        403,
        "forbidden");
    assertThat(api.withToken(null).get("/api/pilots/self-assessments").status()).isEqualTo(401);
  }

  @Test
  void districtThatIsNoneIsRefusedNamingTheField() {
    for (String district : List.of("310199", "310000", "31\u0007117", "松江🏭", "x".repeat(2000))) {
      Problems.assertInvalid(
          api.as(SONGJIANG)
              .get(
                  "/api/pilots/self-assessments?district="
                      + URLEncoder.encode(district, StandardCharsets.UTF_8)),
          "district");
    }
    Problems.assertProblem(
        api.as(SONGJIANG).get("/api/pilots/self-assessments?size=201"), 400, "validation");
    Problems.assertProblem(
        api.as(SONGJIANG).get("/api/pilots/not-a-uuid/self-assessments"), 400, "validation");
  }
}
