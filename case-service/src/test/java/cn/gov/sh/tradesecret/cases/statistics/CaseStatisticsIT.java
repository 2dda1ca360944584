package cn.gov.sh.tradesecret.cases.statistics;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.headOf;
import static cn.gov.sh.tradesecret.cases.CaseTestData.penalty;
import static cn.gov.sh.tradesecret.cases.CaseTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The white paper's 2025 figures, entered through the API: 22 cases closed city-wide with 1.67
 * million yuan of fines and confiscations; Xuhui 6 cases with 21,000 yuan and Fengxian 6 with
 * 306,400 yuan (the district reports), the rest spread over Songjiang, Pudong and Minhang. No other
 * test works in 2025.
 */
@PlatformIntegrationTest
class CaseStatisticsIT {

  private static final String MITIGATION =
      "first offence, losses compensated (Administrative Penalty Law art. 32)";

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

  /**
   * Files a case in {@code district} and closes it with the penalty {@code fine} + {@code
   * confiscation}.
   */
  void closedWithPenalty(String district, int fine, int confiscation, boolean mitigated) {
    String caseId =
        fileCase(api, DemoAccount.MUNICIPAL_OFFICER, district, 100000).get("id").asString();
    Map<String, Object> penalty = penalty(fine, confiscation);
    var decided =
        api.as(headOf(district))
            .post(
                "/api/cases/" + caseId + "/penalty-decision",
                mitigated ? with(penalty, "mitigationGrounds", MITIGATION) : penalty);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .post("/api/cases/" + caseId + "/closing", Map.of())
                .status())
        .isEqualTo(200);
  }

  static JsonNode row(JsonNode year, String district) {
    for (JsonNode row : year.get("districts")) {
      if (district.equals(row.get("district").asString())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + district);
  }

  @Test
  void reproducesTheWhitePaperFiguresOf2025FromCasesEnteredThroughTheApi() {
    clock.setTo(
        LocalDateTime.parse("2025-06-16T10:00").atZone(WorkingDayCalendar.ZONE).toInstant());
    for (int i = 0; i < 6; i++) {
      closedWithPenalty("310104", 3000, 500, true); // Xuhui: 6 cases, 21,000 yuan
    }
    for (int i = 0; i < 5; i++) {
      closedWithPenalty("310120", 50000, 0, true); // Fengxian: 6 cases, 306,400 yuan
    }
    closedWithPenalty("310120", 50000, 6400, true);
    closedWithPenalty("310117", 300000, 42600, false); // Songjiang: 1 case
    for (int i = 0; i < 5; i++) {
      closedWithPenalty("310115", 120000, 0, false); // Pudong: 5 cases
    }
    for (int i = 0; i < 4; i++) {
      closedWithPenalty("310112", 100000, 0, false); // Minhang: 4 cases
    }
    fileCase(api, DemoAccount.MUNICIPAL_OFFICER, "310117", 100000); // filed, still open
    clock.reset();

    var response = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?year=2025");

    assertThat(response.status()).isEqualTo(200);
    JsonNode year = response.json();
    JsonNode city = year.get("cityWide");
    assertThat(city.get("casesClosed").asLong()).isEqualTo(22);
    assertThat(city.get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1670000"));
    assertThat(city.get("casesFiled").asLong()).isEqualTo(23);
    assertThat(city.get("leads").asLong()).isEqualTo(23);
    assertThat(row(year, "310104").get("casesClosed").asLong()).isEqualTo(6);
    assertThat(row(year, "310104").get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo("21000");
    assertThat(row(year, "310120").get("casesClosed").asLong()).isEqualTo(6);
    assertThat(row(year, "310120").get("finesAndConfiscations").decimalValue())
        .isEqualByComparingTo("306400");
    assertThat(row(year, "310117").get("casesFiled").asLong()).isEqualTo(2);
    assertThat(row(year, "310117").get("casesClosed").asLong()).isEqualTo(1);
    assertThat(row(year, "310151").get("casesClosed").asLong()).isZero();
    assertThat(year.get("districts")).hasSize(17); // 16 districts and Lingang

    assertThat(api.as(DemoAccount.SONGJIANG_POLICE).get("/api/cases/statistics?year=2025").status())
        .isEqualTo(403);
    assertThat(
            api.as(DemoAccount.MUNICIPAL_PROCURATOR)
                .get("/api/cases/statistics?year=2025")
                .status())
        .isEqualTo(200);
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/cases/statistics?year=1999").status())
        .isEqualTo(400);
  }
}
