package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.SHA;
import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The suspected-crime finding follows the amount established against the threshold held as data
 * (法释〔2025〕5号, 300,000 yuan): an appraisal of the loss raises it or clears it, with its grounds.
 */
@PlatformIntegrationTest
class SuspectedCrimeIT {

  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  private String startLossAssessment(String caseId) {
    var started =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/appraisals",
                Map.of("matter", "LOSS_ASSESSMENT", "institution", "上海某资产评估有限公司"));
    assertThat(started.status()).isEqualTo(201);
    JsonNode appraisals = started.json().get("appraisals");
    return appraisals.get(appraisals.size() - 1).get("id").asString();
  }

  private ApiClient.Response result(
      String caseId, String appraisalId, String conclusion, String field, Object amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("conclusion", conclusion);
    body.put("reportSha256", SHA);
    if (field != null) {
      body.put(field, amount);
    }
    return api.as(OFFICER)
        .post("/api/cases/" + caseId + "/appraisals/" + appraisalId + "/result", body);
  }

  @ParameterizedTest(name = "a claim of {0} yuan: suspected {1}")
  @CsvSource({"299999.99, false", "300000, true"})
  void theClaimAtFilingIsWeighedAgainstTheThresholdInForce(String claimed, boolean suspected) {
    JsonNode filed = fileCase(api, OFFICER, "310117", new java.math.BigDecimal(claimed));

    assertThat(filed.get("suspectedCrime").asBoolean()).isEqualTo(suspected);
    assertThat(filed.get("crimeThreshold").asString()).isEqualTo("FASHI-2025-5");
    assertThat(filed.get("suspectedCrimeGrounds").asString()).startsWith("the claimed loss of");
  }

  @ParameterizedTest(name = "an established loss of {0} yuan: suspected {1}")
  @CsvSource({"299999.99, false, '299,999.99'", "300000, true, '300,000'"})
  void anEstablishedLossAtTheBoundaryDecidesTheFinding(
      String loss, boolean suspected, String grouped) {
    String caseId = fileCase(api, OFFICER, "310117", 100000).get("id").asString();

    var assessed =
        result(caseId, startLossAssessment(caseId), "CONFIRMED", "establishedLoss", loss);

    assertThat(assessed.status()).isEqualTo(200);
    assertThat(assessed.json().get("suspectedCrime").asBoolean()).isEqualTo(suspected);
    assertThat(assessed.json().get("establishedLoss").decimalValue()).isEqualByComparingTo(loss);
    assertThat(assessed.json().get("suspectedCrimeGrounds").asString())
        .startsWith("the established loss of " + grouped)
        .contains(suspected ? "reaches" : "stays below");
  }

  @Test
  void anAppraisalEstablishingTwoMillionRaisesTheFindingAndThePenaltyMustWaitForTheReferral() {
    String caseId = fileCase(api, OFFICER, "310117", 200000).get("id").asString();

    var raised =
        result(caseId, startLossAssessment(caseId), "CONFIRMED", "establishedLoss", 2000000);

    assertThat(raised.json().get("suspectedCrime").asBoolean()).isTrue();
    var refused =
        api.as(HEAD).post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0));
    Problems.assertProblem(refused, 409, "suspected-crime");
    assertThat(refused.json().get("detail").asString())
        .contains("the established loss of 2,000,000 yuan reaches the criminal threshold");
  }

  @Test
  void anAppraisalEstablishingASmallerLossClearsTheFindingAndAllowsThePenalty() {
    String caseId = fileCase(api, OFFICER, "310117", 500000).get("id").asString();
    assertThat(
            api.as(HEAD)
                .post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0))
                .status())
        .as("a claimed 500,000 yuan is a suspected crime")
        .isEqualTo(409);

    var cleared = result(caseId, startLossAssessment(caseId), "CONFIRMED", "illegalGains", 120000);

    assertThat(cleared.json().get("suspectedCrime").asBoolean()).isFalse();
    assertThat(cleared.json().get("suspectedCrimeGrounds").asString())
        .isEqualTo(
            "the established illegal gains of 120,000 yuan stay below the criminal threshold of"
                + " 300,000 yuan (FASHI-2025-5)");
    assertThat(
            api.as(HEAD)
                .post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0))
                .status())
        .isEqualTo(200);
  }

  @Test
  void amountsOutsideAConfirmedLossAssessmentAreRefusedNamingTheFieldAndStoreNothing() {
    String caseId = fileCase(api, OFFICER, "310117", 100000).get("id").asString();
    var identity =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/appraisals",
                Map.of("matter", "IDENTITY", "institution", "上海某知识产权司法鉴定所"));
    String identityId = identity.json().get("appraisals").get(0).get("id").asString();

    Problems.assertInvalid(
        result(caseId, identityId, "CONFIRMED", "establishedLoss", 2000000), "establishedLoss");
    Problems.assertInvalid(
        result(caseId, identityId, "CONFIRMED", "illegalGains", 2000000), "illegalGains");
    assertThat(result(caseId, identityId, "CONFIRMED", null, null).status()).isEqualTo(200);

    String assessment = startLossAssessment(caseId);
    Problems.assertInvalid(result(caseId, assessment, "CONFIRMED", null, null), "establishedLoss");
    Problems.assertInvalid(
        result(caseId, assessment, "INCONCLUSIVE", "establishedLoss", 500000), "establishedLoss");
    Problems.assertInvalid(
        result(caseId, assessment, "CONFIRMED", "establishedLoss", -1), "establishedLoss");
    Problems.assertInvalid(
        result(caseId, assessment, "CONFIRMED", "illegalGains", "much"), "illegalGains");
    Problems.assertInvalid(
        result(caseId, assessment, "CONFIRMED", "establishedLoss", 0.001), "establishedLoss");

    JsonNode after = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(after.get("establishedLoss").isNull()).isTrue();
    assertThat(after.get("suspectedCrime").asBoolean()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from appraisal where case_id = ?::uuid and finished_at is null",
                Integer.class,
                caseId))
        .as("the assessment is still under way")
        .isEqualTo(1);
  }
}
