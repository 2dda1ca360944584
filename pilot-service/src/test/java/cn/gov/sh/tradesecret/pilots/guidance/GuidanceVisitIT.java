package cn.gov.sh.tradesecret.pilots.guidance;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.pilots.support.PilotApi;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Guidance visits: recorded and read by the bureaus that manage the pilot. */
@PlatformIntegrationTest
class GuidanceVisitIT {

  static final LocalDate TODAY = TestClock.suiteDate();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;
  PilotApi pilots;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    pilots = new PilotApi(api);
  }

  static Map<String, Object> visit() {
    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put("visitedOn", TODAY.minusDays(2).toString());
    visit.put("officers", List.of("王某", "李某"));
    visit.put("topics", List.of("定密分级", "员工离职管理"));
    visit.put("advice", "建立涉密人员台账, 离职时签署保密承诺书");
    return visit;
  }

  int storedVisits() {
    return jdbc.queryForObject("select count(*) from guidance_visit", Integer.class);
  }

  @Test
  void bureauRecordsVisitsAndOnlyTheManagingBureausReadThem() {
    String id = pilots.cultivating(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());

    var recorded =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/pilots/" + id + "/guidance-visits", visit());

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonNode visits =
        api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots/" + id + "/guidance-visits").json();
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).get("officers").get(0).asString()).isEqualTo("王某");
    assertThat(visits.get(0).get("topics").get(1).asString()).isEqualTo("员工离职管理");
    assertThat(visits.get(0).get("recordedBy").asString()).isEqualTo("songjiang-officer");
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .get("/api/pilots/" + id + "/guidance-visits")
                .status())
        .isEqualTo(404);
    assertThat(
            api.as(DemoAccount.SONGJIANG_POLICE)
                .post("/api/pilots/" + id + "/guidance-visits", visit())
                .status())
        .isEqualTo(404);
  }

  @Test
  void withdrawnPilotGetsNoMoreVisits() {
    String id = pilots.nominate(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());
    api.as(DemoAccount.SONGJIANG_OFFICER)
        .post("/api/pilots/" + id + "/withdrawal", Map.of("reason", "closed"));
    int before = storedVisits();

    var response =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/pilots/" + id + "/guidance-visits", visit());

    Problems.assertProblem(response, 409, "pilot-inactive");
    assertThat(storedVisits()).isEqualTo(before);
  }

  static Stream<Arguments> badVisits() {
    return Stream.of(
        Arguments.of("missing day", with(visit(), "visitedOn", null), "visitedOn"),
        Arguments.of(
            "day in the future",
            with(visit(), "visitedOn", TODAY.plusDays(1).toString()),
            "visitedOn"),
        Arguments.of("no officers", with(visit(), "officers", List.of()), "officers"),
        Arguments.of("blank officer", with(visit(), "officers", List.of(" ")), "officers[0]"),
        Arguments.of("no topics", with(visit(), "topics", null), "topics"),
        Arguments.of("blank advice", with(visit(), "advice", ""), "advice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badVisits")
  void badVisitIsRefusedNamingTheFieldAndStoresNothing(
      String why, Map<String, Object> body, String field) {
    String id = pilots.cultivating(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());
    int before = storedVisits();

    var response =
        api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/pilots/" + id + "/guidance-visits", body);

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(storedVisits()).isEqualTo(before);
  }
}
