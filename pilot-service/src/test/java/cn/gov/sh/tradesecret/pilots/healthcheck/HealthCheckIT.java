package cn.gov.sh.tradesecret.pilots.healthcheck;

import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.finding;
import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.healthCheck;
import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.rectification;
import static cn.gov.sh.tradesecret.pilots.healthcheck.HealthCheckTestData.typicalCheck;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.pilots.support.Events;
import cn.gov.sh.tradesecret.pilots.support.PilotApi;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Health checks: recording, who reads findings, completing rectifications, and the overdue event.
 */
@PlatformIntegrationTest
class HealthCheckIT {

  static final DemoAccount SONGJIANG = DemoAccount.SONGJIANG_OFFICER;
  static final LocalDate TODAY = TestClock.suiteDate();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Outbox outbox;

  ApiClient api;
  PilotApi pilots;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    pilots = new PilotApi(api);
  }

  TopicProbe probe() {
    return new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.PILOT_EVENTS);
  }

  int stored(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  JsonNode record(Map<String, Object> check) {
    var response = api.as(SONGJIANG).post("/api/health-checks", check);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  @Test
  void bureauRecordsAHealthCheckAndOnlyCountsArePublished() {
    String pilotId = pilots.cultivating(SONGJIANG, songjiangUnit());
    try (TopicProbe events = probe()) {
      JsonNode check = record(typicalCheck(pilotId, TODAY));

      assertThat(check.get("findings")).hasSize(2);
      assertThat(check.get("findings").get(0).get("category").asString())
          .isEqualTo("PERSONNEL_WITH_ACCESS");
      assertThat(check.get("findings").findValuesAsString("state")).containsOnly("OPEN").hasSize(3);
      var event = Events.await(events, pilotId, "HealthCheckCompleted");
      assertThat(event.value())
          .contains(
              "\"healthCheckId\":\"" + check.get("id").asString() + "\"",
              "\"findings\":2",
              "\"rectificationItems\":3",
              "\"district\":\"310117\"");
      assertThat(event.value()).doesNotContain("涉密人员", "PERSONNEL_WITH_ACCESS", "register");
    }
  }

  @Test
  void designatedPilotIsCheckedToo() {
    String pilotId =
        pilots.designated(SONGJIANG, DemoAccount.SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");

    assertThat(api.as(SONGJIANG).post("/api/health-checks", typicalCheck(pilotId, TODAY)).status())
        .isEqualTo(201);
  }

  @Test
  void onlyTheBureausThatManageThePilotReadItsFindings() {
    String pilotId =
        pilots.designated(SONGJIANG, DemoAccount.SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");
    String id = record(typicalCheck(pilotId, TODAY)).get("id").asString();

    assertThat(api.as(SONGJIANG).get("/api/health-checks/" + id).status()).isEqualTo(200);
    assertThat(
            api.as(DemoAccount.MUNICIPAL_OFFICER)
                .get("/api/health-checks?pilotId=" + pilotId)
                .json())
        .hasSize(1);
    for (DemoAccount outsider :
        List.of(
            DemoAccount.XUHUI_OFFICER,
            DemoAccount.SONGJIANG_POLICE,
            DemoAccount.MUNICIPAL_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_CLERK)) {
      assertThat(api.as(outsider).get("/api/health-checks/" + id).status())
          .as(outsider.name())
          .isEqualTo(404);
      assertThat(api.as(outsider).get("/api/health-checks?pilotId=" + pilotId).status())
          .as(outsider.name())
          .isEqualTo(404);
      assertThat(api.as(outsider).post("/api/health-checks", typicalCheck(pilotId, TODAY)).status())
          .as(outsider.name())
          .isEqualTo(404);
    }
  }

  @Test
  void aNominatedPilotIsCultivatedBeforeItsHealthCheck() {
    String pilotId = pilots.nominate(SONGJIANG, songjiangUnit());
    int before = stored("health_check");

    var response = api.as(SONGJIANG).post("/api/health-checks", typicalCheck(pilotId, TODAY));

    Problems.assertProblem(response, 409, "pilot-not-checkable");
    assertThat(stored("health_check")).isEqualTo(before);
  }

  static Stream<Arguments> badChecks() {
    String pilot = "PILOT";
    Map<String, Object> good = typicalCheck(pilot, TODAY);
    return Stream.of(
        Arguments.of("missing pilot", with(good, "pilotId", null), "pilotId"),
        Arguments.of("pilot id not a UUID", with(good, "pilotId", "G60"), "pilotId"),
        Arguments.of("missing day", with(good, "checkedOn", null), "checkedOn"),
        Arguments.of("day not a date", with(good, "checkedOn", "yesterday"), "checkedOn"),
        Arguments.of(
            "day in the future",
            with(good, "checkedOn", TODAY.plusDays(1).toString()),
            "checkedOn"),
        Arguments.of("blank examiner", with(good, "examiner", " "), "examiner"),
        Arguments.of("missing findings", with(good, "findings", null), "findings"),
        Arguments.of(
            "unknown category",
            with(good, "findings", List.of(finding("GOSSIP", "x", List.of()))),
            "findings[0].category"),
        Arguments.of(
            "finding without description",
            with(good, "findings", List.of(finding("OTHER", " ", List.of()))),
            "findings[0].description"),
        Arguments.of(
            "rectification without due day",
            with(
                good,
                "findings",
                List.of(
                    finding(
                        "OTHER", "x", List.of(Map.<String, Object>of("description", "fix it"))))),
            "findings[0].rectifications[0].dueOn"),
        Arguments.of(
            "rectification due before the check",
            with(
                good,
                "findings",
                List.of(
                    finding("OTHER", "x", List.of(rectification("fix it", TODAY.minusDays(30)))))),
            "findings[0].rectifications[0].dueOn"),
        Arguments.of("unknown field", with(good, "secretPoints", "the formula"), "secretPoints"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badChecks")
  void badInputIsRefusedNamingTheFieldAndStoresNothing(
      String why, Map<String, Object> body, String field) {
    String pilotId = pilots.cultivating(SONGJIANG, songjiangUnit());
    if ("PILOT".equals(body.get("pilotId"))) {
      body = with(body, "pilotId", pilotId);
    }
    int checks = stored("health_check");
    int items = stored("rectification_item");

    var response = api.as(SONGJIANG).post("/api/health-checks", body);

    Problems.assertProblem(response, 400, "validation");
    assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    assertThat(stored("health_check")).isEqualTo(checks);
    assertThat(stored("rectification_item")).isEqualTo(items);
  }

  @Test
  void rectificationIsCompletedOnce() {
    String pilotId = pilots.cultivating(SONGJIANG, songjiangUnit());
    JsonNode check = record(typicalCheck(pilotId, TODAY));
    String id = check.get("id").asString();
    String item = check.get("findings").get(1).get("rectifications").get(0).get("id").asString();
    String path = "/api/health-checks/" + id + "/rectifications/" + item + "/completion";

    var future = api.as(SONGJIANG).post(path, Map.of("completedOn", TODAY.plusDays(1).toString()));
    var done =
        api.as(SONGJIANG).post(path, Map.of("completedOn", TODAY.toString(), "note", "deposited"));
    var again = api.as(SONGJIANG).post(path, Map.of("completedOn", TODAY.toString()));
    var foreign =
        api.as(DemoAccount.XUHUI_OFFICER).post(path, Map.of("completedOn", TODAY.toString()));
    var unknown =
        api.as(SONGJIANG)
            .post(
                "/api/health-checks/" + id + "/rectifications/" + UUID.randomUUID() + "/completion",
                Map.of("completedOn", TODAY.toString()));

    Problems.assertProblem(future, 400, "validation");
    assertThat(future.json().get("errors").findValuesAsString("field")).contains("completedOn");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    JsonNode completed = done.json().get("findings").get(1).get("rectifications").get(0);
    assertThat(completed.get("state").asString()).isEqualTo("DONE");
    assertThat(completed.get("completedBy").asString()).isEqualTo("songjiang-officer");
    Problems.assertProblem(again, 409, "rectification-completed");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void overdueRectificationIsPublishedOnceEvenWithSeveralInstances() throws Exception {
    String pilotId = pilots.cultivating(SONGJIANG, songjiangUnit());
    JsonNode check =
        record(
            healthCheck(
                pilotId,
                TODAY.minusDays(40),
                List.of(
                    finding(
                        "NON_COMPETE_AGREEMENTS",
                        "竞业限制协议漏洞",
                        List.of(
                            rectification("re-sign non-compete agreements", TODAY.minusDays(10)),
                            rectification(
                                "pay the non-compete compensation", TODAY.plusDays(10)))))));
    String late = check.get("findings").get(0).get("rectifications").get(0).get("id").asString();
    String later = check.get("findings").get(0).get("rectifications").get(1).get("id").asString();
    assertThat(check.get("findings").get(0).get("rectifications").get(0).get("state").asString())
        .isEqualTo("OVERDUE");
    Clock now = TestClock.suite();
    RectificationOverdueWatch first =
        new RectificationOverdueWatch(jdbc, transactionManager, outbox, now);
    RectificationOverdueWatch second =
        new RectificationOverdueWatch(jdbc, transactionManager, outbox, now);

    try (TopicProbe events = probe()) {
      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(first::publishOverdue);
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(second::publishOverdue);
      a.get();
      b.get();
      first.publishOverdue();

      var event =
          Events.await(events, r -> r.value().contains("\"rectificationItemId\":\"" + late + "\""));
      assertThat(event.key()).isEqualTo(pilotId);
      assertThat(event.value())
          .contains(
              "\"type\":\"RectificationOverdue\"",
              "\"dueOn\":\"" + TODAY.minusDays(10) + "\"",
              "\"healthCheckId\":\"" + check.get("id").asString() + "\"",
              "\"district\":\"310117\"");
      assertThat(
              Events.all(
                  events,
                  Duration.ofSeconds(2),
                  r -> r.value().contains("\"rectificationItemId\":\"" + late + "\"")))
          .hasSize(1);
      assertThat(Events.all(events, Duration.ZERO, r -> r.value().contains(later))).isEmpty();

      // eleven days on, the second item is overdue too: the clock decides
      Clock elevenDaysOn = Clock.fixed(now.instant().plus(Duration.ofDays(11)), ZoneOffset.UTC);
      new RectificationOverdueWatch(jdbc, transactionManager, outbox, elevenDaysOn)
          .publishOverdue();
      Events.await(events, r -> r.value().contains("\"rectificationItemId\":\"" + later + "\""));
      assertThat(
              Events.all(
                  events,
                  Duration.ofSeconds(1),
                  r -> r.value().contains("\"rectificationItemId\":\"" + late + "\"")))
          .hasSize(1);
    }
  }

  @Test
  void completedItemIsNeverOverdue() {
    String pilotId = pilots.cultivating(SONGJIANG, songjiangUnit());
    JsonNode check =
        record(
            healthCheck(
                pilotId,
                TODAY.minusDays(40),
                List.of(
                    finding(
                        "DEPARTING_EMPLOYEES",
                        "no exit interview",
                        List.of(rectification("hold exit interviews", TODAY.minusDays(5)))))));
    String id = check.get("id").asString();
    String item = check.get("findings").get(0).get("rectifications").get(0).get("id").asString();
    api.as(SONGJIANG)
        .post(
            "/api/health-checks/" + id + "/rectifications/" + item + "/completion",
            Map.of("completedOn", TODAY.minusDays(6).toString()));

    new RectificationOverdueWatch(jdbc, transactionManager, outbox, TestClock.suite())
        .publishOverdue();

    assertThat(
            jdbc.queryForObject(
                "select overdue_notified_at is null from rectification_item where id = ?::uuid",
                Boolean.class,
                item))
        .isTrue();
  }
}
