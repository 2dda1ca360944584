package cn.gov.sh.tradesecret.pilots.statistics;

import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.finding;
import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.healthCheck;
import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.rectification;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.creditCode;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.pilots.support.CsvUpload;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The white paper's counts, reported from recorded data; who may read them. */
@PlatformIntegrationTest
class PilotStatisticsIT {

  static final DemoAccount SONGJIANG = DemoAccount.SONGJIANG_OFFICER;
  static final List<String> TWELVE_CATEGORIES =
      List.of(
          "PERSONNEL_WITH_ACCESS",
          "ELECTRONIC_DATA_AND_DEPOSIT",
          "NON_COMPETE_AGREEMENTS",
          "CONFIDENTIALITY_RULES",
          "CONFIDENTIALITY_AGREEMENTS",
          "PHYSICAL_ACCESS_CONTROL",
          "DEPARTING_EMPLOYEES",
          "SECRET_IDENTIFICATION",
          "CLASSIFICATION_AND_GRADING",
          "PARTNERS_AND_OUTSOURCING",
          "NETWORK_AND_INFORMATION_SYSTEMS",
          "TRAINING_AND_AWARENESS");

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
   * Songjiang, 2025: 45 "专精特新" and high-tech enterprises checked, 12 categories of common problems,
   * 68 rectification items completed.
   */
  @Test
  void songjiangsHealthCheckExampleIsExpressibleAndReportable() {
    // the year's checks and rectifications were done by December 2025
    clock.setTo(TestClock.atNine(LocalDate.of(2025, 12, 15)));
    StringBuilder csv = new StringBuilder("kind,name,district,industry,creditCode,level\n");
    for (int i = 0; i < 45; i++) {
      csv.append("UNIT,")
          .append(unique("松江某专精特新企业"))
          .append(",310117,BIOMEDICINE,")
          .append(creditCode("310117"))
          .append(",DISTRICT\n");
    }
    // designated pilots on the list: imported by the bureau's head
    var imported =
        CsvUpload.post(
            port,
            DemoAccount.SONGJIANG_HEAD,
            "/api/pilot-imports",
            csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    LocalDate checkedOn = LocalDate.of(2025, 6, 10);
    int items = 0;
    for (int i = 0; i < 45; i++) {
      String pilotId = imported.json().get("rowReports").get(i).get("pilotId").asString();
      List<Map<String, Object>> rectifications = new ArrayList<>();
      for (int r = 0; r < (i < 23 ? 2 : 1); r++) {
        rectifications.add(rectification("整改事项 " + (++items), checkedOn.plusMonths(3)));
      }
      var check =
          api.as(SONGJIANG)
              .post(
                  "/api/health-checks",
                  healthCheck(
                      pilotId,
                      checkedOn,
                      List.of(finding(TWELVE_CATEGORIES.get(i % 12), "共性问题", rectifications))));
      assertThat(check.status()).as(check.body()).isEqualTo(201);
      String checkId = check.json().get("id").asString();
      for (JsonNode item : check.json().get("findings").get(0).get("rectifications")) {
        var done =
            api.as(SONGJIANG)
                .post(
                    "/api/health-checks/"
                        + checkId
                        + "/rectifications/"
                        + item.get("id").asString()
                        + "/completion",
                    Map.of("completedOn", "2025-08-31"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
      }
    }

    JsonNode stats = api.as(SONGJIANG).get("/api/pilot-statistics?year=2025").json();

    assertThat(stats.get("district").asString()).isEqualTo("310117");
    JsonNode healthChecks = stats.get("healthChecks");
    assertThat(healthChecks.get("checks").asLong()).isEqualTo(45);
    assertThat(healthChecks.get("pilotsChecked").asLong()).isEqualTo(45);
    assertThat(healthChecks.get("findingCategories").asLong()).isEqualTo(12);
    assertThat(healthChecks.get("rectifications").get("done").asLong()).isEqualTo(68);
    assertThat(healthChecks.get("rectifications").get("open").asLong()).isZero();
    assertThat(healthChecks.get("rectifications").get("overdue").asLong()).isZero();
    assertThat(healthChecks.get("findingsByCategory").get("PERSONNEL_WITH_ACCESS").asLong())
        .isEqualTo(4);
    assertThat(healthChecks.get("findingsByCategory").get("OTHER").asLong()).isZero();
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .get("/api/pilot-statistics?district=310117&year=2025")
                .json()
                .get("healthChecks"))
        .isEqualTo(healthChecks);
  }

  @Test
  void onlyTheMarketRegulationBureausReadStatisticsEachOfItsScope() {
    Problems.assertProblem(
        api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilot-statistics"), 403, "forbidden");
    Problems.assertProblem(
        api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/pilot-statistics"), 403, "forbidden");
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER).get("/api/pilot-statistics?district=310117").status())
        .isEqualTo(403);
    JsonNode city = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilot-statistics").json();
    assertThat(city.get("district").isNull()).isTrue();
    assertThat(city.get("pilots").get("byDistrict")).hasSize(17);
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    for (var bad :
        Map.of(
                "district=310000",
                "district",
                "district=999999",
                "district",
                "year=1999",
                "year",
                "year=last",
                "year")
            .entrySet()) {
      var response =
          api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilot-statistics?" + bad.getKey());
      Problems.assertProblem(response, 400, "validation");
      assertThat(response.json().get("errors").findValuesAsString("field"))
          .contains(bad.getValue());
    }
  }
}
