package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SAMR Order No. 126 as data (from 2026-06-01): trade-secret cases are filed by the municipal
 * bureau, or by a district bureau with the municipal bureau's designation recorded.
 */
@PlatformIntegrationTest
class TradeSecretJurisdictionIT {

  private static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  private static final LocalDate BEFORE = LocalDate.of(2026, 5, 31);
  private static final LocalDate IN_FORCE = LocalDate.of(2026, 6, 1);

  @LocalServerPort int port;
  @Autowired TestClock clock;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String leadOn(LocalDate day) {
    clock.setTo(TestClock.atNine(day));
    return registerLead(api, OFFICER, "310117", 80000).get("id").asString();
  }

  private ApiClient.Response file(DemoAccount officer, String leadId) {
    return api.as(officer).post("/api/leads/" + leadId + "/filing", Map.of());
  }

  private ApiClient.Response designate(DemoAccount officer, String leadId, Object document) {
    return api.as(officer)
        .post(
            "/api/leads/" + leadId + "/designation",
            document == null ? Map.of() : Map.of("documentNumber", document));
  }

  @Test
  void aDistrictBureauFilesWithoutADesignationTheDayBeforeTheOrderTakesEffect() {
    var filed = file(OFFICER, leadOn(BEFORE));

    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.json().get("owningUnit").asString()).isEqualTo("MR-310117");
    assertThat(filed.json().get("jurisdictionRule").isNull()).isTrue();
  }

  @Test
  void aRegisteredLeadCarriesTheFilingRuleInForceThatDayAndADecidedOneNone() {
    String leadId = leadOn(BEFORE);
    assertThat(api.as(OFFICER).get("/api/leads/" + leadId).json().get("filingRule").isNull())
        .isTrue();

    clock.setTo(TestClock.atNine(IN_FORCE));
    JsonNode rule = api.as(OFFICER).get("/api/leads/" + leadId).json().get("filingRule");
    assertThat(rule.get("id").asString()).isEqualTo("SAMR-ORDER-126");
    assertThat(rule.get("title").asString()).contains("商业秘密保护规定", "第126号");
    assertThat(rule.get("validFrom").asString()).isEqualTo("2026-06-01");
    assertThat(rule.get("districtWithDesignation").asBoolean()).isTrue();
    assertThat(rule.get("source").asString()).contains("Order No. 126");
    JsonNode listed =
        api.as(OFFICER)
            .get("/api/leads?status=REGISTERED&dueBefore=2026-06-30&size=200")
            .json()
            .get("items");
    assertThat(listed)
        .filteredOn((lead) -> lead.get("id").asString().equals(leadId))
        .singleElement()
        .satisfies((lead) -> assertThat(lead.get("filingRule")).isEqualTo(rule));

    assertThat(file(DemoAccount.MUNICIPAL_OFFICER, leadId).status()).isEqualTo(201);
    assertThat(api.as(OFFICER).get("/api/leads/" + leadId).json().get("filingRule").isNull())
        .isTrue();
  }

  @Test
  void fromTheDayTheOrderTakesEffectADistrictFilingWithoutADesignationIsRefusedNamingTheRule() {
    String leadId = leadOn(IN_FORCE);

    var refused = file(OFFICER, leadId);

    Problems.assertProblem(refused, 409, "jurisdiction");
    assertThat(refused.json().get("detail").asString())
        .contains("SAMR-ORDER-126", "2026-06-01", "designat");
    assertThat(api.as(OFFICER).get("/api/leads/" + leadId).json().get("status").asString())
        .isEqualTo("REGISTERED");
  }

  @Test
  void aDistrictBureauTheMunicipalBureauDesignatedFilesAndTheCaseRecordsTheDesignation() {
    String leadId = leadOn(IN_FORCE);

    var designated = designate(DemoAccount.MUNICIPAL_HEAD, leadId, "沪市监法〔2026〕12号");
    assertThat(designated.status()).isEqualTo(200);
    assertThat(designated.json().get("designatedBy").asString()).isEqualTo("municipal-head");
    Problems.assertProblem(
        designate(DemoAccount.MUNICIPAL_HEAD, leadId, "沪市监法〔2026〕99号"), 409, "already-designated");
    var filed = file(OFFICER, leadId);

    assertThat(filed.status()).isEqualTo(201);
    JsonNode c = filed.json();
    assertThat(c.get("owningUnit").asString()).isEqualTo("MR-310117");
    assertThat(c.get("jurisdictionRule").asString()).isEqualTo("SAMR-ORDER-126");
    assertThat(c.get("designatedBy").asString()).isEqualTo("municipal-head");
    assertThat(c.get("designationDocument").asString()).isEqualTo("沪市监法〔2026〕12号");
    assertThat(c.get("designatedAt").asString()).startsWith("2026-06-01");
  }

  @Test
  void theMunicipalBureauFilesADistrictLeadAndOwnsTheCase() {
    var filed = file(DemoAccount.MUNICIPAL_OFFICER, leadOn(IN_FORCE));

    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.json().get("owningUnit").asString()).isEqualTo("MR-310000");
    assertThat(filed.json().get("district").asString()).isEqualTo("310117");
    assertThat(filed.json().get("jurisdictionRule").asString()).isEqualTo("SAMR-ORDER-126");
  }

  @Test
  void aDesignationByAnyoneButAHeadOfTheMunicipalBureauIsRefusedAndNothingIsStored() {
    String leadId = leadOn(IN_FORCE);

    assertThat(designate(DemoAccount.SONGJIANG_HEAD, leadId, "松市监〔2026〕1号").status())
        .isEqualTo(403);
    assertThat(designate(DemoAccount.MUNICIPAL_OFFICER, leadId, "沪市监法〔2026〕13号").status())
        .as("an officer, not a head")
        .isEqualTo(403);
    assertThat(designate(DemoAccount.XUHUI_HEAD, leadId, "徐市监〔2026〕1号").status())
        .as("another district cannot tell the lead exists")
        .isEqualTo(404);

    JsonNode lead = api.as(OFFICER).get("/api/leads/" + leadId).json();
    assertThat(lead.get("designatedBy").isNull()).isTrue();
    Problems.assertProblem(file(OFFICER, leadId), 409, "jurisdiction");
  }

  @ParameterizedTest(name = "document number {0}")
  @ValueSource(strings = {"", "   ", "沪市监\u0000法", "沪市监法\uD83D\uDE00", "x"})
  void badDocumentNumbersAreRefusedNamingTheField(String document) {
    String leadId = leadOn(IN_FORCE);
    Object number = "x".equals(document) ? "x".repeat(101) : document;

    Problems.assertInvalid(designate(DemoAccount.MUNICIPAL_HEAD, leadId, number), "documentNumber");

    assertThat(api.as(OFFICER).get("/api/leads/" + leadId).json().get("designatedBy").isNull())
        .isTrue();
  }

  @Test
  void aDesignationWithoutADocumentNumberIsRefusedNamingTheField() {
    Problems.assertInvalid(
        designate(DemoAccount.MUNICIPAL_HEAD, leadOn(IN_FORCE), null), "documentNumber");
  }
}
