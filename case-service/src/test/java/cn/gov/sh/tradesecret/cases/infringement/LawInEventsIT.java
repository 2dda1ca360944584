package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.SHA;
import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, the event part: what case-service publishes on {@code case-events} carries the law it
 * applied. The suspected-crime finding raised or cleared by an appraisal or the rights holder's
 * bankruptcy (法释〔2025〕5号 as data), the penalty's law version, article and rule of choice, the Order
 * No. 126 designation of a filing. Every event is read back from the real Kafka.
 */
@PlatformIntegrationTest
class LawInEventsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;

  ApiClient api;
  TopicProbe events;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    events = new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.CASE_EVENTS);
  }

  @AfterEach
  void tearDown() {
    events.close();
    clock.reset();
  }

  /** The payload of the first event of {@code type} about {@code subject}, once it arrived. */
  private JsonNode awaitEvent(String subject, String type) {
    return await()
        .atMost(PATIENCE)
        .until(() -> seen(subject, type), found -> !found.isEmpty())
        .get(0);
  }

  /** Every event of {@code type} about {@code subject} seen so far, in their order. */
  private List<JsonNode> seen(String subject, String type) {
    return events.drain(Duration.ofMillis(300)).stream()
        .filter(r -> subject.equals(r.key()))
        .map(r -> json.readTree(r.value()))
        .filter(e -> e.get("type").asString().equals(type))
        .map(e -> e.get("data"))
        .toList();
  }

  private JsonNode lossAssessed(String caseId, String field, Object amount) {
    var started =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/appraisals",
                Map.of("matter", "LOSS_ASSESSMENT", "institution", "上海某资产评估有限公司"));
    JsonNode appraisals = started.json().get("appraisals");
    String appraisalId = appraisals.get(appraisals.size() - 1).get("id").asString();
    var result =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/appraisals/" + appraisalId + "/result",
                Map.of("conclusion", "CONFIRMED", "reportSha256", SHA, field, amount));
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private static Map<String, Object> bankruptcy(Object declaredOn, Object ruling) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("declaredOn", declaredOn);
    body.put("ruling", ruling);
    return body;
  }

  @Test
  void anEstablishedLossOf299999Point99RaisesNothingAnd300000RaisesTheFindingOnTheTopic() {
    String caseId = fileCase(api, OFFICER, "310117", 100000).get("id").asString();

    assertThat(
            lossAssessed(caseId, "establishedLoss", "299999.99").get("suspectedCrime").asBoolean())
        .isFalse();
    assertThat(lossAssessed(caseId, "establishedLoss", 300000).get("suspectedCrime").asBoolean())
        .isTrue();

    JsonNode raised = awaitEvent(caseId, "SuspectedCrimeReassessed");
    assertThat(raised.get("suspectedCrime").asBoolean()).isTrue();
    assertThat(raised.get("trigger").asString()).isEqualTo("APPRAISAL_FINISHED");
    assertThat(raised.get("establishedLoss").decimalValue()).isEqualByComparingTo("300000");
    assertThat(raised.get("grounds").asString())
        .isEqualTo(
            "the established loss of 300,000 yuan reaches the criminal threshold of 300,000 yuan"
                + " (FASHI-2025-5)");
    assertThat(raised.get("threshold").asString()).isEqualTo("FASHI-2025-5");
    assertThat(raised.get("thresholdAmount").decimalValue()).isEqualByComparingTo("300000");
    assertThat(raised.get("thresholdSource").asString()).contains("法释〔2025〕5号", "2025-04-26");
    assertThat(seen(caseId, "SuspectedCrimeReassessed"))
        .as("299,999.99 yuan left the finding as it was: one event, for 300,000")
        .hasSize(1);
  }

  @Test
  void aLossRaisedThenClearedByAppraisalsIsPublishedEachTime() {
    String caseId = fileCase(api, OFFICER, "310117", 100000).get("id").asString();

    lossAssessed(caseId, "establishedLoss", 2000000);
    lossAssessed(caseId, "establishedLoss", 120000);

    List<JsonNode> reassessed =
        await()
            .atMost(PATIENCE)
            .until(() -> seen(caseId, "SuspectedCrimeReassessed"), found -> found.size() >= 2);
    assertThat(reassessed)
        .extracting(e -> e.get("suspectedCrime").asBoolean())
        .containsExactly(true, false);
    assertThat(reassessed.get(1).get("grounds").asString())
        .startsWith("the established loss of 120,000 yuan stays below");
    assertThat(reassessed.get(1).get("claimedAmount").decimalValue())
        .isEqualByComparingTo("100000");
  }

  @Test
  void theRightsHoldersBankruptcyRaisesTheFindingAsAGroundWithItsSource() {
    String caseId = fileCase(api, OFFICER, "310117", 50000).get("id").asString();

    var recorded =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/rights-holder-bankruptcy",
                bankruptcy("2026-01-05", "(2026)沪03破12号"));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(recorded.json().get("suspectedCrime").asBoolean()).isTrue();
    assertThat(recorded.json().get("rightsHolderBankruptOn").asString()).isEqualTo("2026-01-05");
    assertThat(recorded.json().get("bankruptcyRuling").asString()).isEqualTo("(2026)沪03破12号");
    JsonNode raised = awaitEvent(caseId, "SuspectedCrimeReassessed");
    assertThat(raised.get("trigger").asString()).isEqualTo("RIGHTS_HOLDER_BANKRUPTCY");
    assertThat(raised.get("rightsHolderBankrupt").asBoolean()).isTrue();
    assertThat(raised.get("grounds").asString())
        .startsWith(
            "the rights holder's bankruptcy, declared on 2026-01-05 by ruling (2026)沪03破12号, is a"
                + " ground of the criminal threshold (FASHI-2025-5)");
    assertThat(raised.get("thresholdSource").asString())
        .contains("the rights holder's bankruptcy is a ground of the threshold");
    assertThat(
            api.as(HEAD)
                .post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0))
                .status())
        .as("a suspected crime is referred, not fined")
        .isEqualTo(409);
  }

  static Stream<Arguments> badBankruptcies() {
    return Stream.of(
        Arguments.of("no day", bankruptcy(null, "(2026)沪03破12号"), "declaredOn"),
        Arguments.of(
            "a day that is no date", bankruptcy("2026-02-30", "(2026)沪03破12号"), "declaredOn"),
        Arguments.of("no ruling", bankruptcy("2026-01-05", null), "ruling"),
        Arguments.of("a blank ruling", bankruptcy("2026-01-05", "  "), "ruling"),
        Arguments.of(
            "a NUL in the ruling", bankruptcy("2026-01-05", "(2026)沪03\u0000破12号"), "ruling"),
        Arguments.of("an emoji ruling", bankruptcy("2026-01-05", "破产\uD83D\uDE00"), "ruling"),
        Arguments.of("a 1 MB ruling", bankruptcy("2026-01-05", "x".repeat(1 << 20)), "ruling"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBankruptcies")
  void aBadBankruptcyIsRefusedNamingTheFieldAndStoresNothing(
      String what, Map<String, Object> body, String field) {
    String caseId = fileCase(api, OFFICER, "310117", 50000).get("id").asString();

    Problems.assertInvalid(
        api.as(OFFICER).post("/api/cases/" + caseId + "/rights-holder-bankruptcy", body), field);

    JsonNode after = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(after.get("rightsHolderBankruptOn").isNull()).isTrue();
    assertThat(after.get("suspectedCrime").asBoolean()).isFalse();
  }

  @Test
  void aBankruptcyDeclaredAfterTodayIsRefusedAndAnotherDistrictsBureauDoesNotSeeTheCase() {
    String caseId = fileCase(api, OFFICER, "310117", 50000).get("id").asString();
    String tomorrow =
        TestClock.now().atZone(TestClock.SHANGHAI).toLocalDate().plusDays(1).toString();

    Problems.assertInvalid(
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/rights-holder-bankruptcy",
                bankruptcy(tomorrow, "(2026)沪03破12号")),
        "declaredOn");
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .post(
                    "/api/cases/" + caseId + "/rights-holder-bankruptcy",
                    bankruptcy("2026-01-05", "(2026)沪03破12号"))
                .status())
        .isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from infringement_case where id = ?::uuid and bankruptcy_ruling is not null",
                Integer.class,
                caseId))
        .isZero();
  }

  @Test
  void aPenaltyDecidedCitesTheLawVersionItsArticleTheRuleOfChoiceAndTheActsDays() {
    String caseId = fileCase(api, OFFICER, "310117", 100000).get("id").asString();

    var decided =
        api.as(HEAD).post("/api/cases/" + caseId + "/penalty-decision", penalty(150000, 0));

    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    JsonNode event = awaitEvent(caseId, "PenaltyDecided");
    assertThat(event.get("lawVersion").asString()).isEqualTo("AUCL-2019");
    assertThat(event.get("lawArticle").asString())
        .isEqualTo(decided.json().get("lawArticle").asString())
        .isNotBlank();
    assertThat(event.get("lawChoice").asString()).isEqualTo("LAW_AT_THE_ACT");
    assertThat(event.get("actStartedOn").asString()).isEqualTo("2025-05-01");
    assertThat(event.path("actEndedOn").asString(null)).as("an act of one day").isNull();
  }

  @Test
  void aDistrictFilingUnderOrderNo126CarriesTheDesignationAndAMunicipalOneNone() {
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 6, 1)));
    String leadId = registerLead(api, OFFICER, "310117", 80000).get("id").asString();
    api.as(DemoAccount.MUNICIPAL_HEAD)
        .post("/api/leads/" + leadId + "/designation", Map.of("documentNumber", "沪市监法〔2026〕12号"));
    String designated =
        api.as(OFFICER)
            .post("/api/leads/" + leadId + "/filing", Map.of())
            .json()
            .get("id")
            .asString();
    String municipal =
        fileCase(api, DemoAccount.MUNICIPAL_OFFICER, "310117", 80000).get("id").asString();

    JsonNode withDesignation = awaitEvent(designated, "CaseFiled");
    assertThat(withDesignation.get("jurisdictionRule").asString()).isEqualTo("SAMR-ORDER-126");
    assertThat(withDesignation.get("designatedBy").asString()).isEqualTo("municipal-head");
    assertThat(withDesignation.get("designationDocument").asString()).isEqualTo("沪市监法〔2026〕12号");
    assertThat(withDesignation.get("designatedAt").asString()).startsWith("2026-06-01");
    JsonNode withoutDesignation = awaitEvent(municipal, "CaseFiled");
    assertThat(withoutDesignation.get("jurisdictionRule").asString()).isEqualTo("SAMR-ORDER-126");
    assertThat(withoutDesignation.path("designatedBy").asString(null)).isNull();
    assertThat(withoutDesignation.path("designationDocument").asString(null)).isNull();
  }
}
