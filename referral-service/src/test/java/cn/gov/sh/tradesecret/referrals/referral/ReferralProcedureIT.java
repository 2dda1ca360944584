package cn.gov.sh.tradesecret.referrals.referral;

import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.allMaterials;
import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.material;
import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.reasons;
import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.songjiangProposal;
import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.transfer;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertInvalid;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** Every path of the referral procedure through the API, and every refusal on the way. */
@ReferralIntegrationTest
class ReferralProcedureIT {

  static final DemoAccount OFFICER = DemoAccount.SONGJIANG_OFFICER;
  static final DemoAccount HEAD = DemoAccount.SONGJIANG_HEAD;
  static final DemoAccount POLICE = DemoAccount.SONGJIANG_POLICE;
  static final DemoAccount PROCURATOR = DemoAccount.SONGJIANG_PROCURATOR;
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
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

  ApiClient.Response step(DemoAccount who, String id, String step, Object body) {
    return api.as(who).post("/api/referrals/" + id + "/" + step, body);
  }

  JsonNode ok(DemoAccount who, String id, String step, Object body) {
    ApiClient.Response response = step(who, id, step, body);
    assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  String proposed() {
    var response = api.as(OFFICER).post("/api/referrals", songjiangProposal());
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  String approved() {
    String id = proposed();
    ok(HEAD, id, "approval", "{}");
    return id;
  }

  String transferred() {
    String id = approved();
    ok(OFFICER, id, "transfer", transfer(allMaterials()));
    return id;
  }

  String receipted() {
    String id = transferred();
    ok(POLICE, id, "receipt", "{}");
    return id;
  }

  String declined() {
    String id = receipted();
    ok(POLICE, id, "decline", reasons("No criminal facts: the drawings were public."));
    return id;
  }

  String status(String id) {
    return api.as(OFFICER).get("/api/referrals/" + id).json().get("status").asString();
  }

  List<String> events(String id) {
    return jdbc.queryForList(
        "select event_type from outbox_event where message_key = ? order by seq", String.class, id);
  }

  int historySize(String id) {
    return jdbc.queryForObject(
        "select count(*) from referral_step where referral_id = ?",
        Integer.class,
        UUID.fromString(id));
  }

  @Nested
  class Paths {

    @Test
    void acceptedPathRecordsEveryStepAndPublishesItsEvents() {
      try (TopicProbe referralEvents =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.REFERRAL_EVENTS)) {
        String id = proposed();

        assertThat(ok(HEAD, id, "approval", "{}").get("status").asString()).isEqualTo("APPROVED");
        JsonNode transferred = ok(OFFICER, id, "transfer", transfer(allMaterials()));
        assertThat(transferred.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("policeUnit").asString()).isEqualTo("PSB-310117");
        assertThat(transferred.get("procuratorateUnit").asString()).isEqualTo("PROC-310117");
        assertThat(transferred.get("materials")).hasSize(5);
        assertThat(api.as(POLICE).get("/api/referrals/" + id).status())
            .as("the police see it once sent")
            .isEqualTo(200);
        assertThat(ok(POLICE, id, "receipt", "{}").get("status").asString()).isEqualTo("RECEIPTED");
        JsonNode accepted = ok(POLICE, id, "acceptance", Map.of("filingNotice", "沪公松立字〔2026〕101号"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("criminalCaseNumber").asString()).isEqualTo("沪公松立字〔2026〕101号");
        assertThat(
                ok(
                        OFFICER,
                        id,
                        "items-handover",
                        Map.of("items", List.of("servo drawings (USB stick)")))
                    .get("status")
                    .asString())
            .isEqualTo("ITEMS_HANDED_OVER");

        assertThat(events(id))
            .containsExactly(
                "ReferralProposed",
                "ReferralApproved",
                "ReferralTransferred",
                "ReferralReceipted",
                "ReferralAccepted",
                "ReferralItemsHandedOver");
        JsonNode history = api.as(PROCURATOR).get("/api/referrals/" + id + "/history").json();
        assertThat(history.findValuesAsString("step"))
            .containsExactly(
                "PROPOSED",
                "APPROVED",
                "TRANSFERRED",
                "RECEIPTED",
                "ACCEPTED",
                "ITEMS_HANDED_OVER");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("songjiang-head");
        assertThat(history.get(2).get("documents")).hasSize(5);
        JsonNode deadlines = api.as(OFFICER).get("/api/referrals/" + id + "/deadlines").json();
        assertThat(deadlines.findValuesAsString("clock"))
            .containsExactly("APPROVAL", "TRANSFER", "DECISION", "FORWARDING", "HANDOVER");
        assertThat(deadlines.findValues("stoppedAt"))
            .allSatisfy(stopped -> assertThat(stopped.isNull()).isFalse());

        // one key, one partition: once the last event arrived, every earlier one of the referral
        // was seen
        referralEvents.await(
            r -> id.equals(r.key()) && r.value().contains("\"type\":\"ReferralItemsHandedOver\""),
            Duration.ofSeconds(20));
        List<String> published =
            referralEvents.drain(Duration.ZERO).stream()
                .filter(r -> id.equals(r.key()))
                .map(ConsumerRecord::value)
                .toList();
        assertThat(published).hasSize(6);
        assertThat(published.get(2))
            .contains(
                "\"type\":\"ReferralTransferred\"",
                "\"policeUnit\":\"PSB-310117\"",
                "\"procuratorateUnit\":\"PROC-310117\"",
                "TRANSFER_LETTER:" + "ab".repeat(32))
            .doesNotContain("涉嫌犯罪案件移送书");
        assertThat(published.get(4)).contains("\"type\":\"ReferralAccepted\"");
      }
    }

    @Test
    void declinedThenReconsideredAndAccepted() {
      String id = declined();
      assertThat(status(id)).isEqualTo("DECLINED");
      JsonNode declineStep = api.as(OFFICER).get("/api/referrals/" + id + "/history").json().get(4);
      assertThat(declineStep.get("reasons").asString()).contains("No criminal facts");
      assertThat(declineStep.get("documents").get(0).asString())
          .startsWith("returned TRANSFER_LETTER");

      ok(
          OFFICER,
          id,
          "reconsideration-request",
          reasons("The loss of 350,000 yuan is established by appraisal."));
      assertThat(status(id)).isEqualTo("RECONSIDERATION_REQUESTED");
      JsonNode decided =
          ok(
              POLICE,
              id,
              "reconsideration-decision",
              Map.of(
                  "outcome",
                  "ACCEPTED",
                  "reasons",
                  "Appraisal accepted.",
                  "filingNotice",
                  "沪公松立字〔2026〕102号"));

      assertThat(decided.get("status").asString()).isEqualTo("ACCEPTED");
      assertThat(events(id))
          .endsWith(
              "ReferralDeclined",
              "ReferralReconsiderationRequested",
              "ReferralReconsiderationDecided",
              "ReferralAccepted");
    }

    @Test
    void declineUpheldOnReconsiderationThenSupervisedToAnOrderToFile() {
      String id = declined();
      ok(OFFICER, id, "reconsideration-request", reasons("We disagree."));
      ok(
          POLICE,
          id,
          "reconsideration-decision",
          Map.of("outcome", "DECLINE_UPHELD", "reasons", "Still no crime."));
      assertThat(status(id)).isEqualTo("DECLINE_UPHELD");

      ok(OFFICER, id, "supervision-request", reasons("The decline ignores the appraisal."));
      assertThat(
              ok(
                      PROCURATOR,
                      id,
                      "explanation-requirement",
                      reasons("Explain why the appraisal was ignored."))
                  .get("supervision")
                  .asString())
          .isEqualTo("EXPLANATION_REQUIRED");
      assertThat(
              ok(POLICE, id, "explanation", reasons("We doubted the appraisal's method."))
                  .get("supervision")
                  .asString())
          .isEqualTo("EXPLAINED");
      assertThat(
              ok(PROCURATOR, id, "filing-order", reasons("The explanation does not hold."))
                  .get("supervision")
                  .asString())
          .isEqualTo("FILING_ORDERED");
      JsonNode filed = ok(POLICE, id, "acceptance", Map.of("filingNotice", "沪公松立字〔2026〕103号"));

      assertThat(filed.get("status").asString()).isEqualTo("ACCEPTED");
      assertThat(events(id))
          .endsWith(
              "ReferralSupervisionRequested",
              "ReferralExplanationRequired",
              "ReferralExplanationGiven",
              "ReferralFilingOrdered",
              "ReferralAccepted");
    }

    @Test
    void supervisionClosedLeavesTheDeclineStanding() {
      String id = declined();
      ok(OFFICER, id, "supervision-request", reasons("We disagree."));

      JsonNode closed =
          ok(PROCURATOR, id, "supervision-closure", reasons("The decline is well founded."));

      assertThat(closed.get("status").asString()).isEqualTo("DECLINED");
      assertThat(closed.get("supervision").asString()).isEqualTo("CLOSED");
      assertProblem(
          step(PROCURATOR, id, "filing-order", reasons("late")), 409, "referral-wrong-step");
      assertThat(events(id)).endsWith("ReferralSupervisionClosed");
    }

    @Test
    void forwardedToTheCompetentPoliceUnitWhichReceiptsAndAccepts() {
      String id = receipted();

      JsonNode forwarded =
          ok(
              POLICE,
              id,
              "forwarding",
              Map.of(
                  "toPoliceUnit",
                  "PSB-310104",
                  "reasons",
                  "The suspect's company is registered in Xuhui."));

      assertThat(forwarded.get("status").asString()).isEqualTo("FORWARDED");
      assertThat(forwarded.get("policeUnit").asString()).isEqualTo("PSB-310104");
      assertThat(forwarded.get("forwardedFrom").asString()).isEqualTo("PSB-310117");
      assertThat(api.as(DemoAccount.XUHUI_POLICE).get("/api/referrals/" + id).status())
          .isEqualTo(200);
      assertProblem(step(POLICE, id, "acceptance", Map.of("filingNotice", "x")), 403, "forbidden");
      ok(DemoAccount.XUHUI_POLICE, id, "receipt", "{}");
      assertThat(
              ok(
                      DemoAccount.XUHUI_POLICE,
                      id,
                      "acceptance",
                      Map.of("filingNotice", "沪公徐立字〔2026〕7号"))
                  .get("status")
                  .asString())
          .isEqualTo("ACCEPTED");
      assertThat(events(id)).endsWith("ReferralForwarded", "ReferralReceipted", "ReferralAccepted");
      assertThat(
              jdbc.queryForObject(
                  "select payload from outbox_event where message_key = ? and event_type = ?",
                  String.class,
                  id,
                  "ReferralForwarded"))
          .contains("\"toPoliceUnit\":\"PSB-310104\"", "\"referringUnit\":\"MR-310117\"");
    }

    @Test
    void headRejectsWithReasons() {
      String id = proposed();

      JsonNode rejected = ok(HEAD, id, "rejection", reasons("The loss is not established."));

      assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
      assertThat(
              jdbc.queryForObject(
                  "select payload from outbox_event where message_key = ? and event_type = ?",
                  String.class,
                  id,
                  "ReferralRejected"))
          .contains("The loss is not established.", "songjiang-head");
      assertProblem(
          step(OFFICER, id, "transfer", transfer(allMaterials())), 409, "referral-wrong-step");
    }

    @Test
    void statisticsCountTheReferralsAndTheirStepTimes() {
      String id = receipted();
      ok(POLICE, id, "acceptance", Map.of("filingNotice", "沪公松立字〔2026〕104号"));
      int year = clock.today().getYear();

      JsonNode statistics =
          api.as(PROCURATOR)
              .get("/api/referral-statistics?year=" + year + "&district=310117")
              .json();

      assertThat(statistics.get("district").asString()).isEqualTo("310117");
      assertThat(statistics.get("referrals").findValuesAsString("outcome")).contains("ACCEPTED");
      assertThat(statistics.get("steps").findValuesAsString("step"))
          .contains("APPROVED", "TRANSFERRED", "RECEIPTED", "ACCEPTED");
      assertThat(
              api.as(DemoAccount.XUHUI_PROCURATOR)
                  .get("/api/referral-statistics?year=" + year + "&district=310117")
                  .status())
          .isEqualTo(403);
      assertThat(api.as(POLICE).get("/api/referral-statistics?year=" + year).status())
          .isEqualTo(403);
      assertThat(
              api.as(PROCURATOR)
                  .get("/api/referral-statistics?year=abc")
                  .json()
                  .get("errors")
                  .findValuesAsString("field"))
          .contains("year");
    }
  }

  @Nested
  class Refusals {

    @Test
    void onlyTheHeadOfTheReferringBureauApproves() {
      String id = proposed();

      assertProblem(step(OFFICER, id, "approval", "{}"), 403, "forbidden");
      assertProblem(step(DemoAccount.MUNICIPAL_HEAD, id, "approval", "{}"), 403, "forbidden");
      assertProblem(step(PROCURATOR, id, "approval", "{}"), 403, "forbidden");
      assertProblem(step(DemoAccount.XUHUI_HEAD, id, "approval", "{}"), 404, "not-found");
      assertProblem(step(POLICE, id, "approval", "{}"), 404, "not-found");
      assertThat(status(id)).isEqualTo("PROPOSED");
      assertThat(events(id)).containsExactly("ReferralProposed");
    }

    @Test
    void onlyTheAddressedPoliceUnitReceiptsAndDecides() {
      String id = transferred();

      assertProblem(step(DemoAccount.XUHUI_POLICE, id, "receipt", "{}"), 404, "not-found");
      assertProblem(step(OFFICER, id, "receipt", "{}"), 403, "forbidden");
      assertProblem(step(PROCURATOR, id, "receipt", "{}"), 403, "forbidden");
      ok(POLICE, id, "receipt", "{}");
      assertProblem(step(OFFICER, id, "acceptance", Map.of("filingNotice", "x")), 403, "forbidden");
      assertProblem(step(HEAD, id, "decline", reasons("x")), 403, "forbidden");
      assertThat(status(id)).isEqualTo("RECEIPTED");
    }

    @Test
    void onlyTheProcuratorSupervisesAndTheBureauRequests() {
      String id = declined();

      assertProblem(step(POLICE, id, "supervision-request", reasons("x")), 403, "forbidden");
      ok(OFFICER, id, "supervision-request", reasons("We disagree."));
      assertProblem(step(OFFICER, id, "filing-order", reasons("x")), 403, "forbidden");
      assertProblem(step(POLICE, id, "explanation-requirement", reasons("x")), 403, "forbidden");
      assertProblem(
          step(DemoAccount.XUHUI_PROCURATOR, id, "filing-order", reasons("x")), 404, "not-found");
      assertProblem(
          step(DemoAccount.SONGJIANG_COURT_CLERK, id, "filing-order", reasons("x")),
          404,
          "not-found");
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAStableType() {
      String id = proposed();
      assertProblem(
          step(OFFICER, id, "transfer", transfer(allMaterials())), 409, "referral-wrong-step");
      ok(HEAD, id, "approval", "{}");
      assertProblem(step(HEAD, id, "approval", "{}"), 409, "referral-wrong-step");
      assertProblem(
          step(OFFICER, id, "supervision-request", reasons("x")), 409, "referral-wrong-step");
      assertProblem(
          step(OFFICER, id, "items-handover", Map.of("items", List.of("x"))),
          409,
          "referral-wrong-step");
      ok(OFFICER, id, "transfer", transfer(allMaterials()));
      assertProblem(
          step(POLICE, id, "acceptance", Map.of("filingNotice", "x")), 409, "referral-wrong-step");
      assertProblem(
          step(
              POLICE,
              id,
              "reconsideration-decision",
              Map.of("outcome", "DECLINE_UPHELD", "reasons", "x")),
          409,
          "referral-wrong-step");
      assertProblem(
          step(PROCURATOR, id, "explanation-requirement", reasons("x")),
          409,
          "referral-wrong-step");

      assertThat(status(id)).isEqualTo("TRANSFERRED");
      assertThat(historySize(id)).isEqualTo(3);
    }

    @Test
    void transferWithAMaterialMissingIsRefusedListingWhatIsMissing() {
      String id = approved();
      List<Map<String, Object>> four = allMaterials().subList(0, 3);

      var response =
          step(
              OFFICER,
              id,
              "transfer",
              transfer(
                  List.of(
                      four.get(0), four.get(1), four.get(2), material("OTHER_MATERIALS", "其他"))));

      assertProblem(response, 422, "referral-materials-missing");
      assertThat(response.json().get("errors").findValuesAsString("message"))
          .containsExactly("INSPECTION_CONCLUSIONS is missing");
      assertThat(status(id)).isEqualTo("APPROVED");
      assertThat(events(id)).doesNotContain("ReferralTransferred");
    }

    @Test
    void requestsAfterTheirThreeDaysAreRefused() {
      // Thursday 30 April 2026, 10:00: the 3 days end on 3 May, a Labour Day holiday; the next
      // working day is 6 May.
      clock.freezeAt(LocalDateTime.of(2026, 4, 30, 10, 0).atZone(SHANGHAI).toInstant());
      String late = declined();
      String inTime = declined();

      clock.freezeAt(LocalDateTime.of(2026, 5, 6, 23, 59).atZone(SHANGHAI).toInstant());
      ok(OFFICER, inTime, "reconsideration-request", reasons("Within the window."));
      clock.freezeAt(LocalDateTime.of(2026, 5, 7, 0, 0, 1).atZone(SHANGHAI).toInstant());

      assertProblem(
          step(OFFICER, late, "reconsideration-request", reasons("Too late.")),
          409,
          "referral-deadline-passed");
      assertProblem(
          step(OFFICER, late, "supervision-request", reasons("Too late.")),
          409,
          "referral-deadline-passed");
      assertProblem(
          step(OFFICER, inTime, "supervision-request", reasons("Too late.")),
          409,
          "referral-deadline-passed");
      assertThat(status(late)).isEqualTo("DECLINED");
      assertThat(events(late)).endsWith("ReferralDeclined");
    }

    @Test
    void aCaseWithAReferralInProgressCannotBeProposedAgain() {
      Map<String, Object> proposal = songjiangProposal();
      assertThat(api.as(OFFICER).post("/api/referrals", proposal).status()).isEqualTo(201);

      assertProblem(api.as(OFFICER).post("/api/referrals", proposal), 409, "referral-already-open");
    }

    static Stream<Arguments> badSteps() {
      Map<String, Object> noKind = new LinkedHashMap<>(material("TRANSFER_LETTER", "x"));
      noKind.remove("kind");
      return Stream.of(
          Arguments.of("transfer", Map.of(), "materials"),
          Arguments.of(
              "transfer",
              Map.of("materials", List.of(material("LETTER", "x"))),
              "materials[0].kind"),
          Arguments.of("transfer", Map.of("materials", List.of(noKind)), "materials[0].kind"),
          Arguments.of(
              "transfer",
              Map.of("materials", List.of(with(material("TRANSFER_LETTER", "x"), "sha256", "xyz"))),
              "materials[0].sha256"),
          Arguments.of(
              "transfer",
              Map.of("materials", List.of(with(material("TRANSFER_LETTER", " "), "title", " "))),
              "materials[0].title"),
          Arguments.of("transfer", Map.of("materials", "all of them"), "materials"),
          Arguments.of("rejection", Map.of(), "reasons"),
          Arguments.of("rejection", Map.of("reasons", " "), "reasons"),
          Arguments.of("rejection", Map.of("reasons", "x".repeat(4001)), "reasons"),
          Arguments.of("rejection", Map.of("reasons", "理由\u0000"), "reasons"),
          Arguments.of(
              "rejection", Map.of("reasons", "x", "secretPoints", "the formula"), "secretPoints"));
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
      Map<String, Object> changed = new LinkedHashMap<>(body);
      changed.put(field, value);
      return changed;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badSteps")
    void badInputIsRefusedNamingTheFieldAndChangesNothing(
        String stepName, Map<String, Object> body, String field) {
      String id = stepName.equals("transfer") ? approved() : proposed();
      DemoAccount who = stepName.equals("transfer") ? OFFICER : HEAD;
      int history = historySize(id);

      var response = step(who, id, stepName, body);

      assertInvalid(response, field);
      assertThat(historySize(id)).isEqualTo(history);
      assertThat(events(id)).doesNotContain("ReferralTransferred", "ReferralRejected");
    }

    @Test
    void badPoliceInputIsRefusedNamingTheField() {
      String id = receipted();

      assertInvalid(step(POLICE, id, "acceptance", Map.of()), "filingNotice");
      assertInvalid(step(POLICE, id, "decline", Map.of("reasons", "")), "reasons");
      assertInvalid(
          step(POLICE, id, "forwarding", Map.of("toPoliceUnit", "MR-310104", "reasons", "x")),
          "toPoliceUnit");
      assertInvalid(
          step(POLICE, id, "forwarding", Map.of("toPoliceUnit", "PSB-310117", "reasons", "x")),
          "toPoliceUnit");
      assertInvalid(step(POLICE, id, "forwarding", Map.of("reasons", "x")), "toPoliceUnit");
      assertThat(status(id)).isEqualTo("RECEIPTED");
      assertThat(historySize(id)).isEqualTo(4);

      ok(POLICE, id, "decline", reasons("No crime."));
      ok(OFFICER, id, "reconsideration-request", reasons("We disagree."));
      assertInvalid(
          step(POLICE, id, "reconsideration-decision", Map.of("outcome", "MAYBE", "reasons", "x")),
          "outcome");
      assertInvalid(
          step(
              POLICE,
              id,
              "reconsideration-decision",
              Map.of("outcome", "ACCEPTED", "reasons", "x")),
          "filingNotice");
      assertThat(status(id)).isEqualTo("RECONSIDERATION_REQUESTED");
    }

    @Test
    void unknownReferralIsNotFound() {
      assertProblem(step(HEAD, UUID.randomUUID().toString(), "approval", "{}"), 404, "not-found");
      assertProblem(step(HEAD, "not-a-uuid", "approval", "{}"), 400, "validation");
    }
  }
}
