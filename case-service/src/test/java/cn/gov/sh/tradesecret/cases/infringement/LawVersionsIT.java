package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Anti-Unfair Competition Law's versions as data: the 2019 version ends 2025-10-14, the 2025
 * revision is in force from 2025-10-15, and a penalty applies the version in force at the act
 * (Administrative Penalty Law art. 37), recorded with its article and the rule.
 */
@PlatformIntegrationTest
class LawVersionsIT {

  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;

  /** After the revision came into force: decisions on acts of either side of it. */
  private static final LocalDate DECISION_DAY = LocalDate.of(2026, 3, 2);

  @LocalServerPort int port;
  @Autowired TestClock clock;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    clock.setTo(TestClock.atNine(DECISION_DAY));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String newCase() {
    return fileCase(api, OFFICER, "310117", 50000).get("id").asString();
  }

  private ApiClient.Response decide(String caseId, Map<String, Object> body) {
    return api.as(HEAD).post("/api/cases/" + caseId + "/penalty-decision", body);
  }

  private static Map<String, Object> penaltyForActOn(String startedOn, String endedOn) {
    return with(with(penalty(150000, 0), "actStartedOn", startedOn), "actEndedOn", endedOn);
  }

  @Test
  void anActOnTheLastDayOfThe2019VersionIsPenalisedUnderIt() {
    var decided = decide(newCase(), penaltyForActOn("2025-10-14", null));

    assertThat(decided.status()).isEqualTo(200);
    JsonNode body = decided.json();
    assertThat(body.get("lawVersion").asString()).isEqualTo("AUCL-2019");
    assertThat(body.get("lawArticle").asString())
        .isEqualTo("Anti-Unfair Competition Law 2019, art. 21");
    assertThat(body.get("lawChoice").asString()).isEqualTo("LAW_AT_THE_ACT");
    assertThat(body.get("actStartedOn").asString()).isEqualTo("2025-10-14");
  }

  @Test
  void anActOnTheFirstDayOfThe2025RevisionIsPenalisedUnderIt() {
    var decided = decide(newCase(), penaltyForActOn("2025-10-15", null));

    assertThat(decided.status()).isEqualTo(200);
    assertThat(decided.json().get("lawVersion").asString()).isEqualTo("AUCL-2025");
    assertThat(decided.json().get("lawArticle").asString()).contains("not verified");
    assertThat(decided.json().get("lawChoice").asString()).isEqualTo("LAW_AT_THE_ACT");
  }

  @Test
  void aContinuingActThatEndedUnderThe2025RevisionIsPenalisedUnderIt() {
    var decided = decide(newCase(), penaltyForActOn("2025-06-01", "2025-10-15"));

    assertThat(decided.json().get("lawVersion").asString()).isEqualTo("AUCL-2025");
    assertThat(decided.json().get("actEndedOn").asString()).isEqualTo("2025-10-15");
  }

  @Test
  void theCaseShowsTheApplicableRangesOnceTheActIsRecordedAndBeforeTheDecision() {
    String caseId = newCase();
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).json().get("applicableFines"))
        .as("nothing to show before the act's day is known")
        .isEmpty();

    var recorded =
        api.as(OFFICER).post("/api/cases/" + caseId + "/act", Map.of("actStartedOn", "2025-10-14"));

    assertThat(recorded.status()).isEqualTo(200);
    JsonNode fines = api.as(OFFICER).get("/api/cases/" + caseId).json().get("applicableFines");
    assertThat(fines).hasSize(2);
    JsonNode ordinary = fines.get(0);
    assertThat(ordinary.get("serious").asBoolean()).isFalse();
    assertThat(ordinary.get("lawVersion").asString()).isEqualTo("AUCL-2019");
    assertThat(ordinary.get("minFine").decimalValue()).isEqualByComparingTo("100000");
    assertThat(ordinary.get("maxFine").decimalValue()).isEqualByComparingTo("1000000");
    assertThat(ordinary.get("lawChoice").asString()).isEqualTo("LAW_AT_THE_ACT");
    assertThat(ordinary.get("explanation").asString()).contains("art. 37");
    JsonNode serious = fines.get(1);
    assertThat(serious.get("serious").asBoolean()).isTrue();
    assertThat(serious.get("minFine").decimalValue()).isEqualByComparingTo("500000");
    assertThat(serious.get("maxFine").decimalValue()).isEqualByComparingTo("5000000");

    var decided = decide(caseId, with(penalty(150000, 0), "actStartedOn", null));
    assertThat(decided.status())
        .as("the act recorded on the case serves the decision")
        .isEqualTo(200);
    assertThat(decided.json().get("lawVersion").asString()).isEqualTo("AUCL-2019");
    assertThat(decided.json().get("applicableFines"))
        .as("decided: nothing left to apply")
        .isEmpty();
  }

  @Test
  void aPenaltyWithoutTheDayOfTheActIsRefusedNamingTheFieldAndChangesNothing() {
    String caseId = newCase();
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");

    var refused = decide(caseId, with(penalty(150000, 0), "actStartedOn", null));

    Problems.assertInvalid(refused, "actStartedOn");
    JsonNode after = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(after.get("status").asString()).isEqualTo("INVESTIGATING");
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
  }

  static Stream<Arguments> badActs() {
    return Stream.of(
        Arguments.of("no day", Map.of("actEndedOn", "2025-10-14"), "actStartedOn"),
        Arguments.of("not a date", Map.of("actStartedOn", "last autumn"), "actStartedOn"),
        Arguments.of("emoji", Map.of("actStartedOn", "2025-10-1\uD83D\uDE00"), "actStartedOn"),
        Arguments.of("in the future", Map.of("actStartedOn", "2026-03-03"), "actStartedOn"),
        Arguments.of(
            "ended before it began",
            Map.of("actStartedOn", "2025-10-14", "actEndedOn", "2025-10-13"),
            "actEndedOn"),
        Arguments.of(
            "ends in the future",
            Map.of("actStartedOn", "2025-10-14", "actEndedOn", "2026-03-03"),
            "actEndedOn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badActs")
  void badActDaysAreRefusedNamingTheFieldAndChangeNothing(
      String why, Map<String, Object> body, String field) {
    String caseId = CaseTestDataAccess.sharedCase(api);
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");

    var refused = api.as(OFFICER).post("/api/cases/" + caseId + "/act", body);

    Problems.assertProblem(refused, 400, "validation");
    assertThat(refused.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
  }

  @Test
  void anActBeforeAnyRecordedVersionIsRefusedNamingTheField() {
    String caseId = newCase();

    var refused = decide(caseId, penaltyForActOn("2019-04-22", null));

    Problems.assertInvalid(refused, "actStartedOn");
    assertThat(refused.json().toString()).contains("2019-04-22");
    JsonNode after = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(after.get("actStartedOn").isNull()).as("the refused act is not kept").isTrue();
  }
}
