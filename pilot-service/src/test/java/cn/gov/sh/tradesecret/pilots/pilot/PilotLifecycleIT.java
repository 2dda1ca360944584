package cn.gov.sh.tradesecret.pilots.pilot;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.pilots.support.Events;
import cn.gov.sh.tradesecret.pilots.support.PilotApi;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Each lifecycle transition, who may take it, what it records and publishes, and each refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestInfrastructure.class)
class PilotLifecycleIT {

  static final DemoAccount SONGJIANG = DemoAccount.SONGJIANG_OFFICER;
  static final DemoAccount MUNICIPAL = DemoAccount.MUNICIPAL_OFFICER;
  static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  KafkaConnectionDetails kafka;

  ApiClient api;
  PilotApi pilots;
  TopicProbe events;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    pilots = new PilotApi(api);
    events = new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.PILOT_EVENTS);
  }

  @AfterEach
  void closeProbe() {
    events.close();
  }

  JsonNode pilot(String id) {
    return api.as(MUNICIPAL).get("/api/pilots/" + id).json();
  }

  int steps(String id) {
    return jdbc.queryForObject("select count(*) from pilot_transition where pilot_id = ?::uuid", Integer.class, id);
  }

  ConsumerRecord<String, String> event(String pilotId, String type) {
    return Events.await(events, pilotId, type);
  }

  ApiClient.Response review(DemoAccount account, String id, int year, String outcome, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("outcome", outcome);
    if (reason != null) {
      body.put("reason", reason);
    }
    return api.as(account).post("/api/pilots/" + id + "/reviews", body);
  }

  /** The refusal and that nothing changed: same status, level and history. */
  void assertRefused(ApiClient.Response response, int status, String type, String id) {
    String before = pilot(id).get("status").asString() + "/" + pilot(id).get("level");
    int stepsBefore = steps(id);
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("type").asString()).isEqualTo("urn:tradesecret:problem:" + type);
    assertThat(pilot(id).get("status").asString() + "/" + pilot(id).get("level")).isEqualTo(before);
    assertThat(steps(id)).isEqualTo(stepsBefore);
  }

  @Nested
  class Transitions {

    @Test
    void districtBureauCultivatesDesignatesAndReviewsItsPilotEachStepRecordedAndPublished() {
      Map<String, Object> unit = songjiangUnit();
      String id = pilots.nominate(SONGJIANG, unit);

      assertThat(pilots.startCultivation(SONGJIANG, id).get("status").asString()).isEqualTo("CULTIVATING");
      JsonNode designated = pilots.designate(SONGJIANG, id, "DISTRICT");
      assertThat(designated.get("status").asString()).isEqualTo("DESIGNATED");
      assertThat(designated.get("level").asString()).isEqualTo("DISTRICT");
      assertThat(designated.get("designatedAt").isNull()).isFalse();
      var passed = review(SONGJIANG, id, THIS_YEAR, "PASSED", null);
      assertThat(passed.status()).as(passed.body()).isEqualTo(200);

      JsonNode history = api.as(SONGJIANG).get("/api/pilots/" + id + "/history").json();
      assertThat(history.findValuesAsString("action"))
          .containsExactly("NOMINATE", "START_CULTIVATION", "DESIGNATE", "PASS_REVIEW");
      assertThat(history.findValuesAsString("toStatus"))
          .containsExactly("NOMINATED", "CULTIVATING", "DESIGNATED", "DESIGNATED");
      assertThat(history.findValuesAsString("actor")).containsOnly("songjiang-officer");
      assertThat(history.findValuesAsString("actorUnit")).containsOnly("MR-310117");
      assertThat(history.get(2).get("reason").asString()).isEqualTo("designation decision 2026-7");
      assertThat(history.get(3).get("reviewYear").asInt()).isEqualTo(THIS_YEAR);
      assertThat(history.findValuesAsString("at")).hasSize(4);

      event(id, "PilotNominated");
      event(id, "PilotCultivationStarted");
      assertThat(event(id, "PilotDesignated").value()).contains("\"level\":\"DISTRICT\"",
          "\"creditCode\":\"" + unit.get("creditCode") + "\"", "\"district\":\"310117\"");
      assertThat(event(id, "PilotReviewPassed").value()).contains("\"reviewYear\":" + THIS_YEAR);
    }

    @Test
    void municipalBureauDesignatesAtMunicipalLevelAndDowngradesInReview() {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());

      assertThat(pilots.designate(MUNICIPAL, id, "MUNICIPAL").get("level").asString()).isEqualTo("MUNICIPAL");
      var downgraded = review(MUNICIPAL, id, THIS_YEAR, "DOWNGRADED", "rectification items left undone");

      assertThat(downgraded.status()).as(downgraded.body()).isEqualTo(200);
      assertThat(downgraded.json().get("status").asString()).isEqualTo("DESIGNATED");
      assertThat(downgraded.json().get("level").asString()).isEqualTo("DISTRICT");
      assertThat(event(id, "PilotDowngraded").value()).contains("\"fromLevel\":\"MUNICIPAL\"",
          "\"toLevel\":\"DISTRICT\"", "\"reason\":\"rectification items left undone\"");
    }

    @Test
    void revocationEndsTheDesignationAndIsPublishedWithTheCreditCode() {
      Map<String, Object> unit = songjiangUnit();
      String id = pilots.designated(SONGJIANG, SONGJIANG, unit, "DISTRICT");

      var revoked = review(SONGJIANG, id, THIS_YEAR, "REVOKED", "leaked secrets of a partner");

      assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
      assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
      assertThat(event(id, "PilotRevoked").value()).contains("\"creditCode\":\"" + unit.get("creditCode") + "\"",
          "\"reason\":\"leaked secrets of a partner\"");
      assertThat(api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots/designated/" + id).status()).isEqualTo(404);
    }

    @Test
    void nominationIsWithdrawnBeforeOrDuringCultivation() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());

      var first = api.as(SONGJIANG).post("/api/pilots/" + nominated + "/withdrawal", Map.of("reason", "moved away"));
      var second = api.as(MUNICIPAL).post("/api/pilots/" + cultivating + "/withdrawal", Map.of("reason", "merged"));

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.json().get("status").asString()).isEqualTo("WITHDRAWN");
      assertThat(second.json().get("status").asString()).isEqualTo("WITHDRAWN");
      assertThat(event(nominated, "PilotWithdrawn").value()).contains("\"reason\":\"moved away\"");
      assertThat(event(cultivating, "PilotWithdrawn").value()).contains("\"reason\":\"merged\"");
    }

    @Test
    void aWithdrawnEnterpriseMayBeNominatedAgain() {
      Map<String, Object> unit = songjiangUnit();
      String first = pilots.nominate(SONGJIANG, unit);
      api.as(SONGJIANG).post("/api/pilots/" + first + "/withdrawal", Map.of("reason", "not ready"));

      assertThat(pilots.nominate(SONGJIANG, unit)).isNotEqualTo(first);
    }
  }

  @Nested
  class Refusals {

    @Test
    void wrongLevelIsRefused() {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());
      String municipalLevel = pilots.designated(SONGJIANG, MUNICIPAL, songjiangUnit(), "MUNICIPAL");

      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + id + "/designation", Map.of("level", "MUNICIPAL")),
          403, "forbidden", id);
      assertRefused(api.as(MUNICIPAL).post("/api/pilots/" + id + "/designation", Map.of("level", "DISTRICT")),
          403, "forbidden", id);
      assertRefused(review(SONGJIANG, municipalLevel, THIS_YEAR, "REVOKED", "no"), 403, "forbidden", municipalLevel);
    }

    @Test
    void wrongDistrictIsRefused() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());
      String designated = pilots.designated(SONGJIANG, SONGJIANG, songjiangUnit(), "DISTRICT");

      // a foreign district's pilot in cultivation is not even revealed
      assertRefused(api.as(DemoAccount.XUHUI_OFFICER).post("/api/pilots/" + cultivating + "/designation",
          Map.of("level", "DISTRICT")), 404, "not-found", cultivating);
      assertRefused(api.as(DemoAccount.XUHUI_OFFICER).post("/api/pilots/" + nominated + "/withdrawal",
          Map.of("reason", "x")), 404, "not-found", nominated);
      // a designated pilot is public, but not Xuhui's to review or withdraw
      assertRefused(review(DemoAccount.XUHUI_OFFICER, designated, THIS_YEAR, "REVOKED", "x"), 403, "forbidden",
          designated);
      assertRefused(api.as(DemoAccount.XUHUI_OFFICER).post("/api/pilots/" + designated + "/cultivation", Map.of()),
          403, "forbidden", designated);
      assertRefused(review(DemoAccount.SONGJIANG_POLICE, designated, THIS_YEAR, "PASSED", null), 403, "forbidden",
          designated);
      assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/pilots/" + designated + "/history").status())
          .isEqualTo(404);
    }

    @Test
    void illegalTransitionsAreRefusedWithAStableType() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());
      String designated = pilots.designated(SONGJIANG, SONGJIANG, songjiangUnit(), "DISTRICT");

      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + nominated + "/designation", Map.of("level", "DISTRICT")),
          409, "illegal-transition", nominated);
      assertRefused(review(SONGJIANG, nominated, THIS_YEAR, "PASSED", null), 409, "illegal-transition", nominated);
      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + cultivating + "/cultivation", Map.of()),
          409, "illegal-transition", cultivating);
      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + designated + "/withdrawal", Map.of("reason", "x")),
          409, "illegal-transition", designated);
      assertRefused(review(SONGJIANG, designated, THIS_YEAR, "DOWNGRADED", "below district there is nothing"),
          409, "illegal-transition", designated);
      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + designated + "/designation", Map.of("level", "DISTRICT")),
          409, "illegal-transition", designated);
    }

    @Test
    void oneReviewPerYear() {
      String designated = pilots.designated(SONGJIANG, SONGJIANG, songjiangUnit(), "DISTRICT");
      assertThat(review(SONGJIANG, designated, THIS_YEAR, "PASSED", null).status()).isEqualTo(200);

      assertRefused(review(SONGJIANG, designated, THIS_YEAR, "REVOKED", "second thoughts"), 409, "review-exists",
          designated);
    }

    @Test
    void revokedPilotCannotBeWithdrawnOrReviewed() {
      String revoked = pilots.designated(SONGJIANG, SONGJIANG, songjiangUnit(), "DISTRICT");
      review(SONGJIANG, revoked, THIS_YEAR, "REVOKED", "fraudulent application");

      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + revoked + "/withdrawal", Map.of("reason", "x")),
          409, "illegal-transition", revoked);
      assertRefused(api.as(SONGJIANG).post("/api/pilots/" + revoked + "/cultivation", Map.of()),
          409, "illegal-transition", revoked);
    }

    static Stream<Arguments> badActions() {
      return Stream.of(
          Arguments.of("designation without level", "designation", Map.of("reason", "x"), "level"),
          Arguments.of("unknown level", "designation", Map.of("level", "NATIONAL"), "level"),
          Arguments.of("oversized reason", "designation", Map.of("level", "DISTRICT", "reason", "x".repeat(1001)),
              "reason"),
          Arguments.of("withdrawal without reason", "withdrawal", Map.of(), "reason"),
          Arguments.of("blank withdrawal reason", "withdrawal", Map.of("reason", "  "), "reason"),
          Arguments.of("unknown field", "cultivation", Map.of("secretPoints", "formula"), "secretPoints"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badActions")
    void badActionInputIsRefusedNamingTheFieldAndChangesNothing(String why, String action, Map<String, Object> body,
        String field) {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());

      var response = api.as(SONGJIANG).post("/api/pilots/" + id + "/" + action, body);

      assertRefused(response, 400, "validation", id);
      assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    static Stream<Arguments> badReviews() {
      return Stream.of(
          Arguments.of("missing year", Map.of("outcome", "PASSED"), "year"),
          Arguments.of("year as text", Map.of("year", "this year", "outcome", "PASSED"), "year"),
          Arguments.of("next year", Map.of("year", THIS_YEAR + 1, "outcome", "PASSED"), "year"),
          Arguments.of("before designation", Map.of("year", THIS_YEAR - 1, "outcome", "PASSED"), "year"),
          Arguments.of("out of range", Map.of("year", 1999, "outcome", "PASSED"), "year"),
          Arguments.of("missing outcome", Map.of("year", THIS_YEAR), "outcome"),
          Arguments.of("unknown outcome", Map.of("year", THIS_YEAR, "outcome", "SUSPENDED"), "outcome"),
          Arguments.of("revocation without reasons", Map.of("year", THIS_YEAR, "outcome", "REVOKED"), "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReviews")
    void badReviewIsRefusedNamingTheFieldAndChangesNothing(String why, Map<String, Object> body, String field) {
      String id = pilots.designated(SONGJIANG, SONGJIANG, songjiangUnit(), "DISTRICT");

      var response = api.as(SONGJIANG).post("/api/pilots/" + id + "/reviews", body);

      assertRefused(response, 400, "validation", id);
      assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
  }

  @Nested
  class Directory {

    @Test
    void everyAgencyReadsDesignatedPilotsButNotTheirCreditCodeOrNominations() {
      String designated = pilots.designated(SONGJIANG, MUNICIPAL, songjiangUnit(), "MUNICIPAL");
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());

      for (DemoAccount reader : List.of(DemoAccount.SONGJIANG_POLICE, DemoAccount.MUNICIPAL_PROCURATOR,
          DemoAccount.SONGJIANG_COURT_CLERK, DemoAccount.XUHUI_OFFICER)) {
        var one = api.as(reader).get("/api/pilots/designated/" + designated);
        assertThat(one.status()).as(reader.name()).isEqualTo(200);
        assertThat(one.json().get("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(one.json().get("district").asString()).isEqualTo("310117");
        assertThat(one.json().get("industry").asString()).isEqualTo("AUTOMOTIVE");
        assertThat(one.json().has("creditCode")).isFalse();
        assertThat(one.json().has("findings")).isFalse();
        assertThat(api.as(reader).get("/api/pilots/designated/" + nominated).status()).isEqualTo(404);
      }
      JsonNode list = api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots/designated?district=310117&size=200")
          .json();
      assertThat(list.get("items").findValuesAsString("id")).contains(designated).doesNotContain(nominated);
      assertThat(list.get("items").findValuesAsString("district")).containsOnly("310117");
    }

    @Test
    void directoryOfAnUnknownDistrictIsRefused() {
      var response = api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots/designated?district=999999");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("errors").findValuesAsString("field")).contains("district");
    }
  }

  @Test
  void municipalHeadActsAsTheMunicipalBureau() {
    String id = pilots.cultivating(SONGJIANG, songjiangUnit());

    assertThat(pilots.designate(DemoAccount.MUNICIPAL_HEAD, id, "MUNICIPAL").get("level").asString())
        .isEqualTo("MUNICIPAL");
  }
}
