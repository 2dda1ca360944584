package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The facts the white paper counts, recorded on a case and shown with it. */
@PlatformIntegrationTest
class CaseFactsIT {

  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;

  @LocalServerPort int port;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  static Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("secretType", "TECHNICAL");
    facts.put("industry", "集成电路");
    facts.put("foreignRelated", true);
    facts.put("amountInvolved", 50000000);
    facts.put("lossesRecovered", 1200000.50);
    facts.put("typicalCaseBy", "市场监管总局");
    facts.put("typicalCaseYear", 2025);
    return facts;
  }

  @Test
  void theFactsAreRecordedAndShownWithTheCase() {
    String caseId = fileCase(api, OFFICER, "310117", 80000).get("id").asString();

    var recorded = api.as(OFFICER).post("/api/cases/" + caseId + "/facts", facts());

    assertThat(recorded.status()).isEqualTo(200);
    JsonNode c = api.as(OFFICER).get("/api/cases/" + caseId).json();
    assertThat(c.get("secretType").asString()).isEqualTo("TECHNICAL");
    assertThat(c.get("industry").asString()).isEqualTo("集成电路");
    assertThat(c.get("foreignRelated").asBoolean()).isTrue();
    assertThat(c.get("amountInvolved").decimalValue()).isEqualByComparingTo("50000000");
    assertThat(c.get("lossesRecovered").decimalValue()).isEqualByComparingTo("1200000.50");
    assertThat(c.get("typicalCaseBy").asString()).isEqualTo("市场监管总局");
    assertThat(c.get("typicalCaseYear").asInt()).isEqualTo(2025);
  }

  static Stream<Arguments> badFacts() {
    Map<String, Object> good = facts();
    return Stream.of(
        Arguments.of("no secret type", with(good, "secretType", null), "secretType"),
        Arguments.of("unknown secret type", with(good, "secretType", "MAGIC"), "secretType"),
        Arguments.of("blank industry", with(good, "industry", " "), "industry"),
        Arguments.of(
            "industry of 101 characters", with(good, "industry", "x".repeat(101)), "industry"),
        Arguments.of(
            "industry with a control character", with(good, "industry", "IC\u0007"), "industry"),
        Arguments.of(
            "industry with an emoji", with(good, "industry", "芯片\uD83D\uDE00"), "industry"),
        Arguments.of("a 1 MB industry", with(good, "industry", "x".repeat(1 << 20)), "industry"),
        Arguments.of(
            "no foreign-related answer", with(good, "foreignRelated", null), "foreignRelated"),
        Arguments.of("no amount involved", with(good, "amountInvolved", null), "amountInvolved"),
        Arguments.of(
            "negative losses recovered", with(good, "lossesRecovered", -1), "lossesRecovered"),
        Arguments.of(
            "a typical case without its year",
            with(good, "typicalCaseYear", null),
            "typicalCaseYear"),
        Arguments.of(
            "a typical-case year without who", with(good, "typicalCaseBy", null), "typicalCaseBy"),
        Arguments.of(
            "a typical-case year to come", with(good, "typicalCaseYear", 2099), "typicalCaseYear"),
        Arguments.of(
            "a typical-case year long gone",
            with(good, "typicalCaseYear", 1999),
            "typicalCaseYear"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFacts")
  void badFactsAreRefusedNamingTheFieldAndChangeNothing(
      String why, Map<String, Object> body, String field) {
    String caseId = CaseTestDataAccess.sharedCase(api);
    String etag = api.as(OFFICER).get("/api/cases/" + caseId).header("ETag");

    var refused = api.as(OFFICER).post("/api/cases/" + caseId + "/facts", body);

    Problems.assertProblem(refused, 400, "validation");
    assertThat(refused.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(api.as(OFFICER).get("/api/cases/" + caseId).header("ETag")).isEqualTo(etag);
  }
}
