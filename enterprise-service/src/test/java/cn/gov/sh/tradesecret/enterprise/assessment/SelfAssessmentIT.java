package cn.gov.sh.tradesecret.enterprise.assessment;

import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.PUDONG_ENTERPRISE;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** An enterprise assesses itself against the integrated-circuit guide; who sees the result. */
@PlatformIntegrationTest
class SelfAssessmentIT {

  static final String IC = "ic-2026";
  static final List<String> QUESTIONS =
      List.of(
          "CLS-1", "CLS-2", "MEA-1", "MEA-2", "STF-1", "STF-2", "RDR-1", "PAR-1", "PAR-2", "INC-1",
          "INC-2");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  static Map<String, Object> allYesBut(String question, String answer, boolean share) {
    Map<String, Object> answers = new LinkedHashMap<>();
    QUESTIONS.forEach(code -> answers.put(code, "YES"));
    answers.put(question, answer);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("guideId", IC);
    request.put("answers", answers);
    request.put("shareWithBureau", share);
    return request;
  }

  int stored() {
    return jdbc.queryForObject("select count(*) from self_assessment", Integer.class);
  }

  @Test
  void theIntegratedCircuitGuideCoversTheAreasOfTheWhitePaper() {
    JsonNode guide = api.as(SONGJIANG_ENTERPRISE).get("/api/assessment-guides/" + IC).json();

    assertThat(guide.get("areas").valueStream().map(area -> area.get("code").asString()))
        .containsExactly(
            "CLASSIFICATION", "MEASURES", "STAFF", "RD_RECORDS", "PARTNERS", "INCIDENTS");
    assertThat(
            guide.get("areas").valueStream().mapToInt(area -> area.get("questions").size()).sum())
        .isEqualTo(QUESTIONS.size());
  }

  @Test
  void enterpriseGetsAScorePerAreaAndTheAdviceForWhatItLacks() {
    var response =
        api.as(SONGJIANG_ENTERPRISE).post("/api/self-assessments", allYesBut("STF-2", "NO", false));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode staff = response.json().get("areas").get(2);
    assertThat(staff.get("code").asString()).isEqualTo("STAFF");
    assertThat(staff.get("score").decimalValue()).isEqualByComparingTo("40.0"); // 2 of 5
    assertThat(staff.get("recommendations").get(0).asString()).contains("离职");
    assertThat(response.json().get("areas").get(0).get("score").decimalValue())
        .isEqualByComparingTo("100");
  }

  @Test
  void sharedResultGoesToTheDistrictBureauAndOnlyThere() {
    try (TopicProbe events =
        new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.ENTERPRISE_EVENTS)) {
      String shared =
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/self-assessments", allYesBut("MEA-2", "PARTLY", true))
              .json()
              .get("id")
              .asString();
      String kept =
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/self-assessments", allYesBut("MEA-2", "PARTLY", false))
              .json()
              .get("id")
              .asString();

      assertThat(events.await(r -> shared.equals(r.key()), Duration.ofSeconds(20)).value())
          .contains("\"type\":\"SelfAssessmentShared\"", "\"district\":\"310117\"")
          .doesNotContain("\"answers\"");
      JsonNode asTheBureauSeesIt =
          api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/self-assessments/" + shared).json();
      assertThat(asTheBureauSeesIt.get("areas")).isNotEmpty();
      assertThat(asTheBureauSeesIt.get("answers").isNull())
          .as("the bureau gets the scores and the advice, not the answers")
          .isTrue();
      assertThat(
              api.as(SONGJIANG_ENTERPRISE)
                  .get("/api/self-assessments/" + shared)
                  .json()
                  .get("answers"))
          .as("the enterprise sees its own answers")
          .isNotEmpty();
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/self-assessments/" + kept),
          404,
          "not-found");
      Problems.assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/self-assessments/" + shared),
          404,
          "not-found");
      Problems.assertProblem(
          api.as(PUDONG_ENTERPRISE).get("/api/self-assessments/" + shared), 404, "not-found");
      assertThat(
              api.as(DemoAccount.SONGJIANG_OFFICER)
                  .get("/api/self-assessments?size=200")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .contains(shared)
          .doesNotContain(kept);
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).get("/api/self-assessments"), 403, "forbidden");
    }
  }

  @Test
  void answersToQuestionsThatDoNotExistAreRefusedAndNothingIsStored() {
    Map<String, Object> request = allYesBut("STF-2", "NO", false);
    @SuppressWarnings("unchecked")
    Map<String, Object> answers = (Map<String, Object>) request.get("answers");
    answers.put("XYZ-9", "YES");
    int before = stored();

    Problems.assertInvalid(
        api.as(SONGJIANG_ENTERPRISE).post("/api/self-assessments", request), "answers.XYZ-9");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void everyQuestionMustBeAnswered() {
    Map<String, Object> request = allYesBut("STF-2", "NO", false);
    ((Map<?, ?>) request.get("answers")).remove("INC-2");

    Problems.assertInvalid(
        api.as(SONGJIANG_ENTERPRISE).post("/api/self-assessments", request), "answers.INC-2");
  }

  @Test
  void anUnknownGuideOrAnswerIsRefused() {
    Map<String, Object> request = allYesBut("STF-2", "NO", false);
    request.put("guideId", "textiles-1999");
    Problems.assertInvalid(
        api.as(SONGJIANG_ENTERPRISE).post("/api/self-assessments", request), "guideId");

    var maybe =
        api.as(SONGJIANG_ENTERPRISE)
            .post("/api/self-assessments", allYesBut("STF-2", "MAYBE", false));
    assertThat(Problems.assertProblem(maybe, 400, "validation").toString()).contains("answers");
  }

  @Test
  void officersDoNotAssessThemselves() {
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/self-assessments", allYesBut("STF-2", "NO", false)),
        403,
        "forbidden");
  }
}
