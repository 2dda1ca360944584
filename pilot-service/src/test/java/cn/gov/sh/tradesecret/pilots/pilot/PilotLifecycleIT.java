package cn.gov.sh.tradesecret.pilots.pilot;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.pilots.support.Events;
import cn.gov.sh.tradesecret.pilots.support.PilotApi;
import cn.gov.sh.tradesecret.pilots.support.TestOnlyAccounts;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Each lifecycle transition, who may take it, what it records and publishes, and each refusal. */
@PlatformIntegrationTest
class PilotLifecycleIT {

  static final DemoAccount SONGJIANG = DemoAccount.SONGJIANG_OFFICER;
  static final DemoAccount SONGJIANG_HEAD = DemoAccount.SONGJIANG_HEAD;
  static final DemoAccount MUNICIPAL = DemoAccount.MUNICIPAL_OFFICER;
  static final DemoAccount MUNICIPAL_HEAD = DemoAccount.MUNICIPAL_HEAD;
  static final int THIS_YEAR = TestClock.suiteDate().getYear();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

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
    return jdbc.queryForObject(
        "select count(*) from pilot_transition where pilot_id = ?::uuid", Integer.class, id);
  }

  int eventsWritten(String id) {
    return jdbc.queryForObject(
        "select count(*) from outbox_event where message_key = ?", Integer.class, id);
  }

  /** What a refused step must leave as it was: status, level, designation time, history, events. */
  String state(String id) {
    JsonNode pilot = pilot(id);
    return pilot.get("status").asString()
        + "/"
        + pilot.get("level")
        + "/"
        + pilot.get("designatedAt")
        + "/"
        + steps(id)
        + " steps/"
        + eventsWritten(id)
        + " events";
  }

  ConsumerRecord<String, String> event(String pilotId, String type) {
    return Events.await(events, pilotId, type);
  }

  ApiClient.Response review(
      DemoAccount account, String id, int year, String outcome, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("outcome", outcome);
    if (reason != null) {
      body.put("reason", reason);
    }
    return api.as(account).post("/api/pilots/" + id + "/reviews", body);
  }

  /**
   * Makes {@code call}, asserts the refusal and that nothing changed (same status, level, history
   * and no event written), and answers the refusal.
   */
  ApiClient.Response assertRefused(
      Supplier<ApiClient.Response> call, int status, String type, String id) {
    String before = state(id);
    ApiClient.Response response = call.get();
    Problems.assertProblem(response, status, type);
    assertThat(state(id)).isEqualTo(before);
    return response;
  }

  @Nested
  class Transitions {

    @Test
    void districtBureauCultivatesItsHeadDesignatesAndReviewsEachStepRecordedAndPublished() {
      Map<String, Object> unit = songjiangUnit();
      String id = pilots.nominate(SONGJIANG, unit);

      assertThat(pilots.startCultivation(SONGJIANG, id).get("status").asString())
          .isEqualTo("CULTIVATING");
      JsonNode designated = pilots.designate(SONGJIANG_HEAD, id, "DISTRICT");
      assertThat(designated.get("status").asString()).isEqualTo("DESIGNATED");
      assertThat(designated.get("level").asString()).isEqualTo("DISTRICT");
      assertThat(designated.get("designatedAt").isNull()).isFalse();
      var passed = review(SONGJIANG_HEAD, id, THIS_YEAR, "PASSED", null);
      assertThat(passed.status()).as(passed.body()).isEqualTo(200);

      JsonNode history = api.as(SONGJIANG).get("/api/pilots/" + id + "/history").json();
      assertThat(history.findValuesAsString("action"))
          .containsExactly("NOMINATE", "START_CULTIVATION", "DESIGNATE", "PASS_REVIEW");
      assertThat(history.findValuesAsString("toStatus"))
          .containsExactly("NOMINATED", "CULTIVATING", "DESIGNATED", "DESIGNATED");
      assertThat(history.findValuesAsString("actor"))
          .containsExactly(
              "songjiang-officer", "songjiang-officer", "songjiang-head", "songjiang-head");
      assertThat(history.findValuesAsString("actorUnit")).containsOnly("MR-310117");
      assertThat(history.get(2).get("reason").asString()).isEqualTo("designation decision 2026-7");
      assertThat(history.get(3).get("reviewYear").asInt()).isEqualTo(THIS_YEAR);
      assertThat(history.findValuesAsString("at")).hasSize(4);

      event(id, "PilotNominated");
      event(id, "PilotCultivationStarted");
      assertThat(event(id, "PilotDesignated").value())
          .contains(
              "\"level\":\"DISTRICT\"",
              "\"creditCode\":\"" + unit.get("creditCode") + "\"",
              "\"district\":\"310117\"");
      assertThat(event(id, "PilotReviewPassed").value()).contains("\"reviewYear\":" + THIS_YEAR);
    }

    @Test
    void municipalHeadDesignatesAtMunicipalLevelAndDowngradesInReview() {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());

      assertThat(pilots.designate(MUNICIPAL_HEAD, id, "MUNICIPAL").get("level").asString())
          .isEqualTo("MUNICIPAL");
      var downgraded =
          review(MUNICIPAL_HEAD, id, THIS_YEAR, "DOWNGRADED", "rectification items left undone");

      assertThat(downgraded.status()).as(downgraded.body()).isEqualTo(200);
      assertThat(downgraded.json().get("status").asString()).isEqualTo("DESIGNATED");
      assertThat(downgraded.json().get("level").asString()).isEqualTo("DISTRICT");
      assertThat(event(id, "PilotDowngraded").value())
          .contains(
              "\"fromLevel\":\"MUNICIPAL\"",
              "\"toLevel\":\"DISTRICT\"",
              "\"reason\":\"rectification items left undone\"");
    }

    @Test
    void revocationEndsTheDesignationAndIsPublishedWithTheCreditCode() {
      Map<String, Object> unit = songjiangUnit();
      String id = pilots.designated(SONGJIANG, SONGJIANG_HEAD, unit, "DISTRICT");

      var revoked = review(SONGJIANG_HEAD, id, THIS_YEAR, "REVOKED", "leaked secrets of a partner");

      assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
      assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
      assertThat(event(id, "PilotRevoked").value())
          .contains(
              "\"creditCode\":\"" + unit.get("creditCode") + "\"",
              "\"reason\":\"leaked secrets of a partner\"");
      assertThat(api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots/designated/" + id).status())
          .isEqualTo(404);
    }

    @Test
    void nominationIsWithdrawnBeforeOrDuringCultivation() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());

      var first =
          api.as(SONGJIANG)
              .post("/api/pilots/" + nominated + "/withdrawal", Map.of("reason", "moved away"));
      var second =
          api.as(MUNICIPAL)
              .post("/api/pilots/" + cultivating + "/withdrawal", Map.of("reason", "merged"));

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

    static final String SONGJIANG_BUREAU =
        "a head (role HEAD) of the market-regulation bureau of district 310117 " + "(MR-310117)";
    static final String MUNICIPAL_BUREAU =
        "a head (role HEAD) of the municipal market-regulation bureau (MR-310000)";

    /**
     * Who may not designate a cultivating Songjiang pilot at a level, and whose head the refusal
     * names.
     */
    static Stream<Arguments> notTheHeadOfTheLevelsBureauDesignating() {
      return Stream.of(
          Arguments.of(
              "officer of the district bureau, district level",
              SONGJIANG,
              "DISTRICT",
              SONGJIANG_BUREAU),
          Arguments.of(
              "officer of the municipal bureau, municipal level",
              MUNICIPAL,
              "MUNICIPAL",
              MUNICIPAL_BUREAU),
          Arguments.of(
              "head of the district bureau, municipal level",
              SONGJIANG_HEAD,
              "MUNICIPAL",
              MUNICIPAL_BUREAU),
          Arguments.of(
              "head of the municipal bureau, district level",
              MUNICIPAL_HEAD,
              "DISTRICT",
              SONGJIANG_BUREAU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheHeadOfTheLevelsBureauDesignating")
    void designationNeedsAHeadOfTheBureauOfTheLevelAndTheRefusalChangesNothing(
        String why, DemoAccount account, String level, String needed) {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());

      var refused =
          assertRefused(
              () ->
                  api.as(account)
                      .post(
                          "/api/pilots/" + id + "/designation",
                          Map.of("level", level, "reason", "designation decision 2026-7")),
              403,
              "forbidden",
              id);

      assertThat(refused.json().get("detail").asString()).contains(needed);
      assertThat(
              api.as(SONGJIANG)
                  .get("/api/pilots/" + id + "/history")
                  .json()
                  .findValuesAsString("action"))
          .containsExactly("NOMINATE", "START_CULTIVATION");
      // the refusal spent nothing: the head of that level's bureau designates it afterwards
      assertThat(
              pilots
                  .designate(level.equals("MUNICIPAL") ? MUNICIPAL_HEAD : SONGJIANG_HEAD, id, level)
                  .get("status")
                  .asString())
          .isEqualTo("DESIGNATED");
    }

    /**
     * Who may not review a Songjiang pilot designated at a level, and whose head the refusal names.
     */
    static Stream<Arguments> notTheHeadOfTheLevelsBureauReviewing() {
      return Stream.of(
          Arguments.of(
              "officer of the district bureau passing",
              SONGJIANG,
              "DISTRICT",
              "PASSED",
              SONGJIANG_BUREAU),
          Arguments.of(
              "officer of the district bureau revoking",
              SONGJIANG,
              "DISTRICT",
              "REVOKED",
              SONGJIANG_BUREAU),
          Arguments.of(
              "officer of the municipal bureau downgrading",
              MUNICIPAL,
              "MUNICIPAL",
              "DOWNGRADED",
              MUNICIPAL_BUREAU),
          Arguments.of(
              "head of the district bureau, municipal level",
              SONGJIANG_HEAD,
              "MUNICIPAL",
              "REVOKED",
              MUNICIPAL_BUREAU),
          Arguments.of(
              "head of the municipal bureau, district level",
              MUNICIPAL_HEAD,
              "DISTRICT",
              "REVOKED",
              SONGJIANG_BUREAU),
          Arguments.of(
              "head of another district's bureau",
              DemoAccount.XUHUI_HEAD,
              "DISTRICT",
              "PASSED",
              SONGJIANG_BUREAU),
          Arguments.of(
              "head of the district's police",
              TestOnlyAccounts.SONGJIANG_POLICE_HEAD,
              "DISTRICT",
              "PASSED",
              SONGJIANG_BUREAU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheHeadOfTheLevelsBureauReviewing")
    void reviewNeedsAHeadOfTheBureauOfTheLevelAndTheRefusalChangesNothing(
        String why, DemoAccount account, String level, String outcome, String needed) {
      DemoAccount head = level.equals("MUNICIPAL") ? MUNICIPAL_HEAD : SONGJIANG_HEAD;
      String id = pilots.designated(SONGJIANG, head, songjiangUnit(), level);

      var refused =
          assertRefused(
              () -> review(account, id, THIS_YEAR, outcome, "rectification items left undone"),
              403,
              "forbidden",
              id);

      assertThat(refused.json().get("detail").asString()).contains(needed);
      assertThat(
              api.as(SONGJIANG)
                  .get("/api/pilots/" + id + "/history")
                  .json()
                  .findValuesAsString("action"))
          .containsExactly("NOMINATE", "START_CULTIVATION", "DESIGNATE");
      // the year's review is still to be made, by the head of that level's bureau
      var reviewed = review(head, id, THIS_YEAR, outcome, "rectification items left undone");
      assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }

    @Test
    void wrongDistrictIsRefused() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());
      String designated = pilots.designated(SONGJIANG, SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");

      // a foreign district's pilot in cultivation is not even revealed, to its head either
      assertRefused(
          () ->
              api.as(DemoAccount.XUHUI_HEAD)
                  .post("/api/pilots/" + cultivating + "/designation", Map.of("level", "DISTRICT")),
          404,
          "not-found",
          cultivating);
      assertRefused(
          () ->
              api.as(DemoAccount.XUHUI_OFFICER)
                  .post("/api/pilots/" + nominated + "/withdrawal", Map.of("reason", "x")),
          404,
          "not-found",
          nominated);
      // a designated pilot is public, but not Xuhui's to review or withdraw
      assertRefused(
          () -> review(DemoAccount.XUHUI_HEAD, designated, THIS_YEAR, "REVOKED", "x"),
          403,
          "forbidden",
          designated);
      assertRefused(
          () ->
              api.as(DemoAccount.XUHUI_OFFICER)
                  .post("/api/pilots/" + designated + "/cultivation", Map.of()),
          403,
          "forbidden",
          designated);
      assertRefused(
          () -> review(DemoAccount.SONGJIANG_POLICE, designated, THIS_YEAR, "PASSED", null),
          403,
          "forbidden",
          designated);
      assertThat(
              api.as(DemoAccount.XUHUI_OFFICER)
                  .get("/api/pilots/" + designated + "/history")
                  .status())
          .isEqualTo(404);
    }

    @Test
    void illegalTransitionsAreRefusedWithAStableType() {
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());
      String cultivating = pilots.cultivating(SONGJIANG, songjiangUnit());
      String designated = pilots.designated(SONGJIANG, SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");

      assertRefused(
          () ->
              api.as(SONGJIANG_HEAD)
                  .post("/api/pilots/" + nominated + "/designation", Map.of("level", "DISTRICT")),
          409,
          "illegal-transition",
          nominated);
      assertRefused(
          () -> review(SONGJIANG_HEAD, nominated, THIS_YEAR, "PASSED", null),
          409,
          "illegal-transition",
          nominated);
      assertRefused(
          () -> api.as(SONGJIANG).post("/api/pilots/" + cultivating + "/cultivation", Map.of()),
          409,
          "illegal-transition",
          cultivating);
      assertRefused(
          () ->
              api.as(SONGJIANG)
                  .post("/api/pilots/" + designated + "/withdrawal", Map.of("reason", "x")),
          409,
          "illegal-transition",
          designated);
      assertRefused(
          () ->
              review(
                  SONGJIANG_HEAD,
                  designated,
                  THIS_YEAR,
                  "DOWNGRADED",
                  "below district there is nothing"),
          409,
          "illegal-transition",
          designated);
      assertRefused(
          () ->
              api.as(SONGJIANG_HEAD)
                  .post("/api/pilots/" + designated + "/designation", Map.of("level", "DISTRICT")),
          409,
          "illegal-transition",
          designated);
    }

    @Test
    void oneReviewPerYear() {
      String designated = pilots.designated(SONGJIANG, SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");
      assertThat(review(SONGJIANG_HEAD, designated, THIS_YEAR, "PASSED", null).status())
          .isEqualTo(200);

      assertRefused(
          () -> review(SONGJIANG_HEAD, designated, THIS_YEAR, "REVOKED", "second thoughts"),
          409,
          "review-exists",
          designated);
    }

    @Test
    void revokedPilotCannotBeWithdrawnOrReviewed() {
      String revoked = pilots.designated(SONGJIANG, SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");
      review(SONGJIANG_HEAD, revoked, THIS_YEAR, "REVOKED", "fraudulent application");

      assertRefused(
          () ->
              api.as(SONGJIANG)
                  .post("/api/pilots/" + revoked + "/withdrawal", Map.of("reason", "x")),
          409,
          "illegal-transition",
          revoked);
      assertRefused(
          () -> api.as(SONGJIANG).post("/api/pilots/" + revoked + "/cultivation", Map.of()),
          409,
          "illegal-transition",
          revoked);
      assertRefused(
          () -> review(SONGJIANG_HEAD, revoked, THIS_YEAR - 1, "PASSED", null),
          409,
          "illegal-transition",
          revoked);
    }

    static Stream<Arguments> badActions() {
      return Stream.of(
          Arguments.of("designation without level", "designation", Map.of("reason", "x"), "level"),
          Arguments.of("unknown level", "designation", Map.of("level", "NATIONAL"), "level"),
          Arguments.of(
              "oversized reason",
              "designation",
              Map.of("level", "DISTRICT", "reason", "x".repeat(1001)),
              "reason"),
          Arguments.of("withdrawal without reason", "withdrawal", Map.of(), "reason"),
          Arguments.of("blank withdrawal reason", "withdrawal", Map.of("reason", "  "), "reason"),
          Arguments.of(
              "unknown field", "cultivation", Map.of("secretPoints", "formula"), "secretPoints"));
    }

    /**
     * As the district's head, who may take each of these steps, so that only the input is wrong.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badActions")
    void badActionInputIsRefusedNamingTheFieldAndChangesNothing(
        String why, String action, Map<String, Object> body, String field) {
      String id = pilots.cultivating(SONGJIANG, songjiangUnit());

      var response =
          assertRefused(
              () -> api.as(SONGJIANG_HEAD).post("/api/pilots/" + id + "/" + action, body),
              400,
              "validation",
              id);

      assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    static Stream<Arguments> badReviews() {
      return Stream.of(
          Arguments.of("missing year", Map.of("outcome", "PASSED"), "year"),
          Arguments.of("year as text", Map.of("year", "this year", "outcome", "PASSED"), "year"),
          Arguments.of("next year", Map.of("year", THIS_YEAR + 1, "outcome", "PASSED"), "year"),
          Arguments.of(
              "before designation", Map.of("year", THIS_YEAR - 1, "outcome", "PASSED"), "year"),
          Arguments.of("out of range", Map.of("year", 1999, "outcome", "PASSED"), "year"),
          Arguments.of("missing outcome", Map.of("year", THIS_YEAR), "outcome"),
          Arguments.of(
              "unknown outcome", Map.of("year", THIS_YEAR, "outcome", "SUSPENDED"), "outcome"),
          Arguments.of(
              "revocation without reasons",
              Map.of("year", THIS_YEAR, "outcome", "REVOKED"),
              "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReviews")
    void badReviewIsRefusedNamingTheFieldAndChangesNothing(
        String why, Map<String, Object> body, String field) {
      String id = pilots.designated(SONGJIANG, SONGJIANG_HEAD, songjiangUnit(), "DISTRICT");

      var response =
          assertRefused(
              () -> api.as(SONGJIANG_HEAD).post("/api/pilots/" + id + "/reviews", body),
              400,
              "validation",
              id);

      assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
  }

  @Nested
  class Directory {

    @Test
    void everyAgencyReadsDesignatedPilotsButNotTheirCreditCodeOrNominations() {
      String designated =
          pilots.designated(SONGJIANG, MUNICIPAL_HEAD, songjiangUnit(), "MUNICIPAL");
      String nominated = pilots.nominate(SONGJIANG, songjiangUnit());

      for (DemoAccount reader :
          List.of(
              DemoAccount.SONGJIANG_POLICE,
              DemoAccount.MUNICIPAL_PROCURATOR,
              DemoAccount.SONGJIANG_COURT_CLERK,
              DemoAccount.XUHUI_OFFICER)) {
        var one = api.as(reader).get("/api/pilots/designated/" + designated);
        assertThat(one.status()).as(reader.name()).isEqualTo(200);
        assertThat(one.json().get("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(one.json().get("district").asString()).isEqualTo("310117");
        assertThat(one.json().get("industry").asString()).isEqualTo("AUTOMOTIVE");
        assertThat(one.json().has("creditCode")).isFalse();
        assertThat(one.json().has("findings")).isFalse();
        assertThat(api.as(reader).get("/api/pilots/designated/" + nominated).status())
            .isEqualTo(404);
      }
      JsonNode list =
          api.as(DemoAccount.SONGJIANG_POLICE)
              .get("/api/pilots/designated?district=310117&size=200")
              .json();
      assertThat(list.get("items").findValuesAsString("id"))
          .contains(designated)
          .doesNotContain(nominated);
      assertThat(list.get("items").findValuesAsString("district")).containsOnly("310117");
    }

    @Test
    void directoryOfAnUnknownDistrictIsRefused() {
      var response =
          api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots/designated?district=999999");

      Problems.assertProblem(response, 400, "validation");
      assertThat(response.json().get("errors").findValuesAsString("field")).contains("district");
    }
  }
}
