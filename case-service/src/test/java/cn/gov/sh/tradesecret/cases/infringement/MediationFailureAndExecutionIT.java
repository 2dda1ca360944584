package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two facts behind the white paper's rates: a mediation that ended without an agreement, and
 * how a penalty decision was executed; recorded by the owning bureau's officers, shown with the
 * case and read back from the real Kafka.
 */
@PlatformIntegrationTest
class MediationFailureAndExecutionIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;
  private static final String SHA = "ab".repeat(32);

  private static String penalisedCase;

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
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

  private JsonNode awaitEvent(String caseId, String type) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                events.drain(Duration.ofMillis(300)).stream()
                    .filter(r -> caseId.equals(r.key()))
                    .map(r -> json.readTree(r.value()))
                    .filter(e -> e.get("type").asString().equals(type))
                    .map(e -> e.get("data"))
                    .toList(),
            found -> !found.isEmpty())
        .get(0);
  }

  private String today() {
    return WorkingDayCalendar.dayOf(clock.instant()).toString();
  }

  private String investigating() {
    return fileCase(api, OFFICER, "310117", 50000).get("id").asString();
  }

  /** A case whose head decided a fine of 100,000 and a confiscation of 20,000 yuan. */
  private String penalised() {
    String caseId = investigating();
    var decided =
        api.as(HEAD).post("/api/cases/" + caseId + "/penalty-decision", penalty(100000, 20000));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    return caseId;
  }

  private synchronized String sharedPenalisedCase() {
    if (penalisedCase == null) {
      penalisedCase = penalised();
    }
    return penalisedCase;
  }

  static Map<String, Object> failure() {
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("reason", "PARTY_WITHDREW");
    failure.put("details", "被申请人于第二次调解时退出");
    return failure;
  }

  Map<String, Object> paidInFull(Object amount) {
    Map<String, Object> execution = new LinkedHashMap<>();
    execution.put("manner", "PAID_IN_FULL");
    execution.put("executedOn", today());
    execution.put("amountPaid", amount);
    execution.put("documentNumber", "沪非税缴〔2026〕000123");
    return execution;
  }

  @Test
  void aFailedMediationIsShownWithTheCaseWhichIsInvestigatedOnAndPublished() {
    String caseId = investigating();

    var failed = api.as(OFFICER).post("/api/cases/" + caseId + "/mediation-failure", failure());

    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    JsonNode c = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(c.get("status").asString()).isEqualTo("INVESTIGATING");
    assertThat(c.get("mediationFailureReason").asString()).isEqualTo("PARTY_WITHDREW");
    assertThat(c.get("mediationFailureDetails").asString()).isEqualTo("被申请人于第二次调解时退出");
    assertThat(c.get("mediationFailureRecordedBy").asString()).isEqualTo(OFFICER.name());
    assertThat(c.get("mediationFailedAt").isNull()).isFalse();
    JsonNode event = awaitEvent(caseId, "MediationFailed");
    assertThat(event.get("reason").asString()).isEqualTo("PARTY_WITHDREW");
    assertThat(event.get("owningUnit").asString()).isEqualTo("MR-310117");
    assertThat(event.get("recordedBy").asString()).isEqualTo(OFFICER.name());
    var agreed =
        api.as(OFFICER).post("/api/cases/" + caseId + "/mediation", Map.of("agreementSha256", SHA));
    assertThat(agreed.status()).as("a later mediation may still agree").isEqualTo(200);
  }

  @Test
  void aFailedMediationIsRefusedOnceAnAgreementWasConcluded() {
    String caseId = investigating();
    api.as(OFFICER).post("/api/cases/" + caseId + "/mediation", Map.of("agreementSha256", SHA));

    var refused = api.as(OFFICER).post("/api/cases/" + caseId + "/mediation-failure", failure());

    Problems.assertProblem(refused, 409, "illegal-transition");
  }

  @Test
  void onlyTheOwningBureauRecordsAFailedMediationAnotherDistrictDoesNotFindTheCase() {
    String caseId = investigating();

    Problems.assertProblem(
        api.as(DemoAccount.MUNICIPAL_OFFICER)
            .post("/api/cases/" + caseId + "/mediation-failure", failure()),
        403,
        "forbidden");
    Problems.assertProblem(
        api.as(DemoAccount.XUHUI_OFFICER)
            .post("/api/cases/" + caseId + "/mediation-failure", failure()),
        404,
        "not-found");
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_COURT_JUDGE)
            .post("/api/cases/" + caseId + "/mediation-failure", failure()),
        403,
        "forbidden");
  }

  static Stream<Arguments> badFailures() {
    Map<String, Object> good = failure();
    return Stream.of(
        Arguments.of("no reason", with(good, "reason", null), "reason"),
        Arguments.of("an unknown reason", with(good, "reason", "BAD_WEATHER"), "reason"),
        Arguments.of("a control character", with(good, "details", "退出\u0007"), "details"),
        Arguments.of("an emoji", with(good, "details", "退出\uD83D\uDE00"), "details"),
        Arguments.of("2001 characters", with(good, "details", "x".repeat(2001)), "details"),
        Arguments.of("a 1 MB text", with(good, "details", "x".repeat(1 << 20)), "details"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFailures")
  void aBadFailedMediationIsRefusedNamingTheFieldAndChangesNothing(
      String why, Map<String, Object> body, String field) {
    String caseId = CaseTestDataAccess.sharedCase(api);
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");

    var refused = api.as(OFFICER).post("/api/cases/" + caseId + "/mediation-failure", body);

    Problems.assertProblem(refused, 400, "validation");
    assertThat(refused.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
  }

  @Test
  void aPenaltyPaidInFullIsExecutedShownWithTheCaseAndPublished() {
    String caseId = penalised();

    var paid =
        api.as(OFFICER).post("/api/cases/" + caseId + "/penalty-execution", paidInFull(120000));

    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    JsonNode c = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(c.get("executionManner").asString()).isEqualTo("PAID_IN_FULL");
    assertThat(c.get("penaltyExecuted").asBoolean()).isTrue();
    assertThat(c.get("executionAmountPaid").decimalValue()).isEqualByComparingTo("120000");
    assertThat(c.get("executionDocumentNumber").asString()).isEqualTo("沪非税缴〔2026〕000123");
    assertThat(c.get("executedOn").asString()).isEqualTo(today());
    JsonNode event = awaitEvent(caseId, "PenaltyExecuted");
    assertThat(event.get("manner").asString()).isEqualTo("PAID_IN_FULL");
    assertThat(event.get("executed").asBoolean()).isTrue();
    assertThat(event.get("amountPaid").decimalValue()).isEqualByComparingTo("120000");
  }

  @Test
  void instalmentsApprovedAreNotYetExecutedACourtsEnforcementIsAndTheLaterRecordReplaces() {
    String caseId = penalised();
    Map<String, Object> instalments = new LinkedHashMap<>();
    instalments.put("manner", "INSTALMENTS");
    instalments.put("amountPaid", 40000);
    instalments.put("documentNumber", "松市监分期〔2026〕3号");

    var approved = api.as(OFFICER).post("/api/cases/" + caseId + "/penalty-execution", instalments);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("penaltyExecuted").asBoolean()).isFalse();
    assertThat(approved.json().get("executedOn").asString())
        .as("no date: today")
        .isEqualTo(today());

    var enforced =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/penalty-execution",
                Map.of(
                    "manner", "COURT_ENFORCEMENT",
                    "executedOn", today(),
                    "court", "COURT-310117"));
    assertThat(enforced.status()).as(enforced.body()).isEqualTo(200);
    assertThat(enforced.json().get("penaltyExecuted").asBoolean()).isTrue();
    assertThat(enforced.json().get("executionCourt").asString()).isEqualTo("COURT-310117");
    assertThat(enforced.json().get("executionAmountPaid").isNull()).isTrue();
  }

  @Test
  void anExecutionIsRefusedWithoutAPenaltyDecision() {
    String caseId = investigating();

    var refused =
        api.as(OFFICER).post("/api/cases/" + caseId + "/penalty-execution", paidInFull(1));

    Problems.assertProblem(refused, 409, "illegal-transition");
  }

  @Test
  void onlyTheOwningBureauRecordsAnExecutionAnotherDistrictDoesNotFindTheCase() {
    String caseId = sharedPenalisedCase();

    Problems.assertProblem(
        api.as(DemoAccount.MUNICIPAL_HEAD)
            .post("/api/cases/" + caseId + "/penalty-execution", paidInFull(1)),
        403,
        "forbidden");
    Problems.assertProblem(
        api.as(DemoAccount.XUHUI_HEAD)
            .post("/api/cases/" + caseId + "/penalty-execution", paidInFull(1)),
        404,
        "not-found");
  }

  static Stream<Arguments> badExecutions() {
    return Stream.of(
        Arguments.of("no manner", "manner", null, "manner"),
        Arguments.of("an unknown manner", "manner", "FORGIVEN", "manner"),
        Arguments.of("a date tomorrow", "executedOn", "TOMORROW", "executedOn"),
        Arguments.of("a date before the decision", "executedOn", "2020-01-01", "executedOn"),
        Arguments.of("a negative amount", "amountPaid", -1, "amountPaid"),
        Arguments.of("an amount over any limit", "amountPaid", 1e15, "amountPaid"),
        Arguments.of("more than the fine and confiscation", "amountPaid", 120000.01, "amountPaid"),
        Arguments.of("paid in full without an amount", "amountPaid", null, "amountPaid"),
        Arguments.of("paid without a receipt", "documentNumber", null, "documentNumber"),
        Arguments.of("a control character", "documentNumber", "No.\u0000", "documentNumber"),
        Arguments.of("an emoji", "documentNumber", "No.\uD83D\uDCB0", "documentNumber"),
        Arguments.of("a 1 MB number", "documentNumber", "x".repeat(1 << 20), "documentNumber"),
        Arguments.of("a court that is none", "court", "PSB-310117", "court"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badExecutions")
  void aBadExecutionIsRefusedNamingTheFieldAndChangesNothing(
      String why, String field, Object value, String named) {
    String caseId = sharedPenalisedCase();
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");
    Object given =
        "TOMORROW".equals(value) ? LocalDate.parse(today()).plusDays(1).toString() : value;

    var refused =
        api.as(OFFICER)
            .post(
                "/api/cases/" + caseId + "/penalty-execution",
                with(paidInFull(120000), field, given));

    Problems.assertProblem(refused, 400, "validation");
    assertThat(refused.json().get("errors").findValuesAsString("field")).contains(named);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
  }
}
