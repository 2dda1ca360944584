package cn.gov.sh.tradesecret.referrals.referral;

import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.songjiangProposal;
import static cn.gov.sh.tradesecret.referrals.referral.ReferralTestData.with;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertInvalid;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

@ReferralIntegrationTest
class ReferralProposalIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  int storedReferrals() {
    return jdbc.queryForObject("select count(*) from referral", Integer.class);
  }

  String proposeInSongjiang() {
    var response =
        api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/referrals", songjiangProposal());
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  @Nested
  class Propose {

    @Test
    void districtOfficerProposesReferralAndReferralProposedIsPublished() {
      try (TopicProbe referralEvents =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.REFERRAL_EVENTS)) {
        Map<String, Object> proposal = songjiangProposal();

        var response =
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .header("X-Correlation-Id", "corr-referral-1")
                .post("/api/referrals", proposal);

        assertThat(response.status()).isEqualTo(201);
        JsonNode referral = response.json();
        String id = referral.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/referrals/" + id);
        assertThat(referral.get("caseId").asString()).isEqualTo(proposal.get("caseId"));
        assertThat(referral.get("referringUnit").asString()).isEqualTo("MR-310117");
        assertThat(referral.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(referral.get("proposedBy").asString()).isEqualTo("songjiang-officer");

        ConsumerRecord<String, String> event =
            referralEvents.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(event.value())
            .contains(
                "\"type\":\"ReferralProposed\"",
                "\"correlationid\":\"corr-referral-1\"",
                "\"district\":\"310117\"",
                "\"referringUnit\":\"MR-310117\"",
                "\"caseId\":\"" + proposal.get("caseId") + "\"");
        assertThat(event.value())
            .as("the reason stays in referral-service")
            .doesNotContain("threshold of serious loss");
      }
    }

    @Test
    void municipalOfficerProposesForAnyDistrictOnBehalfOfItsBureau() {
      var response =
          api.as(DemoAccount.MUNICIPAL_OFFICER).post("/api/referrals", songjiangProposal());

      assertThat(response.status()).isEqualTo(201);
      assertThat(response.json().get("referringUnit").asString()).isEqualTo("MR-310117");
    }

    @Test
    void officerOfForeignDistrictIsRefusedAndNothingIsStored() {
      int before = storedReferrals();

      var response = api.as(DemoAccount.XUHUI_OFFICER).post("/api/referrals", songjiangProposal());

      assertProblem(response, 403, "forbidden");
      assertThat(storedReferrals()).isEqualTo(before);
    }

    @Test
    void otherAgenciesMayNotProposeReferrals() {
      int before = storedReferrals();

      assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).post("/api/referrals", songjiangProposal()),
          403,
          "forbidden");
      assertProblem(
          api.as(DemoAccount.MUNICIPAL_PROCURATOR).post("/api/referrals", songjiangProposal()),
          403,
          "forbidden");
      assertThat(storedReferrals()).isEqualTo(before);
    }

    static Stream<Arguments> badProposals() {
      Map<String, Object> good = songjiangProposal();
      return Stream.of(
          Arguments.of("missing case id", with(good, "caseId", null), "caseId"),
          Arguments.of("blank case id", with(good, "caseId", " "), "caseId"),
          Arguments.of("oversized case id", with(good, "caseId", "c".repeat(65)), "caseId"),
          Arguments.of("case id is an object", with(good, "caseId", Map.of("id", "C-1")), "caseId"),
          Arguments.of("missing district", with(good, "district", null), "district"),
          Arguments.of("unknown district", with(good, "district", "999999"), "district"),
          Arguments.of("oversized district", with(good, "district", "3101170"), "district"),
          Arguments.of("municipality is no district", with(good, "district", "310000"), "district"),
          Arguments.of("district is a list", with(good, "district", List.of("310117")), "district"),
          Arguments.of("missing reason", with(good, "reason", null), "reason"),
          Arguments.of("blank reason", with(good, "reason", " "), "reason"),
          Arguments.of("oversized reason", with(good, "reason", "x".repeat(4001)), "reason"),
          Arguments.of(
              "reason is an object", with(good, "reason", Map.of("text", "loss")), "reason"),
          Arguments.of("unknown field", with(good, "secretPoints", "the formula"), "secretPoints"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProposals")
    void badInputIsRefusedWithProblemNamingTheFieldAndStoresNothing(
        String why, Map<String, Object> body, String field) {
      int before = storedReferrals();

      var response = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/referrals", body);

      assertInvalid(response, field);
      assertThat(storedReferrals()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndStoresNothing() {
      int before = storedReferrals();

      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/referrals", "{\"caseId\": \"C-1\",");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).contains("not well-formed JSON");
      assertThat(storedReferrals()).isEqualTo(before);
    }
  }

  @Nested
  class Read {

    @Test
    void referringBureauAndProcuratorateSeeTheReferral() {
      String id = proposeInSongjiang();

      var procurator = api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/referrals/" + id);

      assertThat(procurator.status()).isEqualTo(200);
      assertThat(procurator.json().get("referringUnit").asString()).isEqualTo("MR-310117");
      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/referrals/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.SONGJIANG_HEAD).get("/api/referrals/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/referrals/" + id).status())
          .isEqualTo(200);
    }

    @Test
    void othersCannotTellTheReferralExists() {
      String id = proposeInSongjiang();

      for (DemoAccount outsider :
          List.of(
              DemoAccount.XUHUI_OFFICER,
              DemoAccount.SONGJIANG_POLICE,
              DemoAccount.SONGJIANG_COURT_CLERK,
              DemoAccount.OPERATOR)) {
        var response = api.as(outsider).get("/api/referrals/" + id);
        assertProblem(response, 404, "not-found");
      }
      assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/referrals/" + UUID.randomUUID()),
          404,
          "not-found");
    }

    @Test
    void listShowsOnlyTheOfficersDistrict() {
      String id = proposeInSongjiang();

      JsonNode xuhui = api.as(DemoAccount.XUHUI_OFFICER).get("/api/referrals?size=200").json();
      JsonNode songjiang =
          api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/referrals?size=200").json();
      JsonNode procurator =
          api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/referrals?size=200").json();

      assertThat(xuhui.get("items").findValuesAsString("district")).doesNotContain("310117");
      assertThat(songjiang.get("items").findValuesAsString("district"))
          .isNotEmpty()
          .containsOnly("310117");
      assertThat(procurator.get("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void policeListOnlyWhatWasSentToThem() {
      String id = proposeInSongjiang();

      var police = api.as(DemoAccount.SONGJIANG_POLICE).get("/api/referrals?size=200");

      assertThat(police.status()).isEqualTo(200);
      assertThat(police.json().get("items").findValuesAsString("id")).doesNotContain(id);
      // another test's referral forwarded by PSB-310117 to another unit is listed too: the unit
      // forwarded it
      assertThat(police.json().get("items"))
          .allSatisfy(
              item ->
                  assertThat(
                          List.of(
                              item.get("policeUnit").asString(),
                              item.path("forwardedFrom").asString("")))
                      .contains("PSB-310117"));
    }

    @Test
    void listIsRefusedToCourtsAndOperators() {
      for (DemoAccount outsider :
          List.of(DemoAccount.SONGJIANG_COURT_CLERK, DemoAccount.OPERATOR)) {
        assertProblem(api.as(outsider).get("/api/referrals"), 403, "forbidden");
      }
    }

    @Test
    void pageSizeOutOfRangeIsRefused() {
      var response = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/referrals?size=201");

      assertInvalid(response, "size");
    }
  }

  @Nested
  class Authentication {

    @Test
    void requestWithoutTokenIsRefused() {
      var response = api.withToken(null).post("/api/referrals", songjiangProposal());

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredNotYetValidForgedForeignIssuerAndWrongAudienceTokensAreRefused() {
      DemoAccount officer = DemoAccount.SONGJIANG_OFFICER;
      int before = storedReferrals();

      assertThat(api.withToken(TestIssuer.expiredToken(officer)).get("/api/referrals").status())
          .isEqualTo(401);
      assertThat(api.withToken(TestIssuer.notYetValidToken(officer)).get("/api/referrals").status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenForOtherAudience(officer))
                  .get("/api/referrals")
                  .status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.forgedToken(officer))
                  .post("/api/referrals", songjiangProposal())
                  .status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenFromOtherIssuer(officer))
                  .get("/api/referrals")
                  .status())
          .isEqualTo(401);
      assertThat(api.withToken("not-a-jwt").get("/api/referrals").status()).isEqualTo(401);
      assertThat(storedReferrals()).isEqualTo(before);
    }
  }
}
