package cn.gov.sh.tradesecret.cases.lead;

import static cn.gov.sh.tradesecret.cases.lead.LeadTestData.songjiangComplaint;
import static cn.gov.sh.tradesecret.cases.lead.LeadTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

@PlatformIntegrationTest
class LeadRegistrationIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  int storedLeads() {
    return jdbc.queryForObject("select count(*) from lead", Integer.class);
  }

  @Nested
  class Register {

    @Test
    void districtOfficerRegistersLeadAndLeadRegisteredIsPublished() {
      try (TopicProbe caseEvents =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.CASE_EVENTS)) {
        var response =
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .header("X-Correlation-Id", "corr-lead-1")
                .post("/api/leads", songjiangComplaint());

        assertThat(response.status()).isEqualTo(201);
        JsonNode lead = response.json();
        String id = lead.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/leads/" + id);
        assertThat(lead.get("owningUnit").asString()).isEqualTo("MR-310117");
        assertThat(lead.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(lead.get("claimedAmount").decimalValue()).isEqualByComparingTo("350000");
        assertThat(lead.get("suspects")).hasSize(2);

        ConsumerRecord<String, String> event =
            caseEvents.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(event.value())
            .contains(
                "\"type\":\"LeadRegistered\"",
                "\"correlationid\":\"corr-lead-1\"",
                "\"district\":\"310117\"");
        assertThat(event.value())
            .as("the description stays in case-service")
            .doesNotContain("servo design");
        assertThat(event.value())
            .as("a complaint came from no reverse referral")
            .doesNotContain("\"reverseReferralId\":\"");
      }
    }

    @Test
    void municipalOfficerRegistersLeadForAnyDistrict() {
      var response = api.as(DemoAccount.MUNICIPAL_OFFICER).post("/api/leads", songjiangComplaint());

      assertThat(response.status()).isEqualTo(201);
      assertThat(response.json().get("owningUnit").asString()).isEqualTo("MR-310117");
    }

    @Test
    void officerOfForeignDistrictIsRefusedAndNothingIsStored() {
      int before = storedLeads();

      var response = api.as(DemoAccount.XUHUI_OFFICER).post("/api/leads", songjiangComplaint());

      Problems.assertProblem(response, 403, "forbidden");
      assertThat(storedLeads()).isEqualTo(before);
    }

    @Test
    void policeMayNotRegisterLeads() {
      assertThat(
              api.as(DemoAccount.SONGJIANG_POLICE)
                  .post("/api/leads", songjiangComplaint())
                  .status())
          .isEqualTo(403);
    }

    static Stream<Arguments> badLeads() {
      Map<String, Object> good = songjiangComplaint();
      return Stream.of(
          Arguments.of("missing source", with(good, "source", null), "source"),
          Arguments.of("missing district", with(good, "district", null), "district"),
          Arguments.of("unknown district", with(good, "district", "999999"), "district"),
          Arguments.of("municipality is no district", with(good, "district", "310000"), "district"),
          Arguments.of("unknown source", with(good, "source", "RUMOUR"), "source"),
          Arguments.of("amount is text", with(good, "claimedAmount", "a lot"), "claimedAmount"),
          Arguments.of("negative amount", with(good, "claimedAmount", -1), "claimedAmount"),
          Arguments.of("absurd amount", with(good, "claimedAmount", 1e15), "claimedAmount"),
          Arguments.of("blank description", with(good, "description", " "), "description"),
          Arguments.of(
              "oversized description", with(good, "description", "x".repeat(4001)), "description"),
          Arguments.of(
              "malformed credit code",
              with(good, "rightsHolder", Map.of("name", "A", "creditCode", "123")),
              "rightsHolder.creditCode"),
          Arguments.of(
              "wrong check character of the rights holder's credit code",
              with(good, "rightsHolder", Map.of("name", "A", "creditCode", "91310117MA1J3XXX0B")),
              "rightsHolder.creditCode"),
          Arguments.of(
              "wrong check character of a suspect's credit code",
              with(
                  good,
                  "suspects",
                  List.of(Map.of("name", "B", "creditCode", "9144030071526726XH"))),
              "suspects[0].creditCode"),
          Arguments.of(
              "fast channel for a rights holder that is no designated pilot",
              with(good, "source", "PILOT_FAST_CHANNEL"),
              "rightsHolder.creditCode"),
          Arguments.of(
              "rights holder without name",
              with(good, "rightsHolder", Map.of()),
              "rightsHolder.name"),
          Arguments.of(
              "NUL character in the description",
              with(good, "description", "配方\u0000泄露"),
              "description"),
          Arguments.of(
              "NUL character in a suspect's name",
              with(good, "suspects", List.of(Map.of("name", "B\u0000"))),
              "suspects[0].name"),
          Arguments.of("unknown field", with(good, "secretPoints", "the formula"), "secretPoints"),
          Arguments.of(
              "receivedAt not a time", with(good, "receivedAt", "yesterday"), "receivedAt"),
          Arguments.of(
              "receivedAt in the future",
              with(good, "receivedAt", "2999-01-01T00:00:00Z"),
              "receivedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLeads")
    void badInputIsRefusedWithProblemNamingTheFieldAndStoresNothing(
        String why, Map<String, Object> body, String field) {
      int before = storedLeads();

      var response = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", body);

      JsonNode problem = Problems.assertProblem(response, 400, "validation");
      assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
      assertThat(storedLeads()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndStoresNothing() {
      int before = storedLeads();

      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", "{\"source\": \"COMPLAINT\",");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).contains("not well-formed JSON");
      assertThat(storedLeads()).isEqualTo(before);
    }
  }

  @Nested
  class Read {

    @Test
    void officerOfAnotherDistrictCannotTellTheLeadExists() {
      String id =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/leads", songjiangComplaint())
              .json()
              .get("id")
              .asString();

      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/leads/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/leads/" + id).status()).isEqualTo(404);
      assertThat(
              api.as(DemoAccount.XUHUI_OFFICER)
                  .get("/api/leads/" + java.util.UUID.randomUUID())
                  .status())
          .isEqualTo(404);
    }

    @Test
    void listShowsOnlyTheOfficersDistrict() {
      api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/leads", songjiangComplaint());

      JsonNode xuhui = api.as(DemoAccount.XUHUI_OFFICER).get("/api/leads?size=200").json();
      JsonNode songjiang = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads?size=200").json();

      assertThat(xuhui.get("items").findValuesAsString("district")).doesNotContain("310117");
      assertThat(songjiang.get("items").findValuesAsString("district"))
          .isNotEmpty()
          .containsOnly("310117");
    }
  }

  @Nested
  class Parameters {

    @Test
    void pageSizeOutOfRangeIsABadRequestNamingIt() {
      var response = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads?size=201");

      Problems.assertInvalid(response, "size");
    }

    @Test
    void leadIdThatIsNoUuidIsABadRequestNamingIt() {
      var response = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads/not-a-uuid");

      Problems.assertProblem(response, 400, "validation");
      assertThat(response.json().get("detail").asString()).isEqualTo("id: must be a UUID");
    }
  }

  @Nested
  class Authentication {

    @Test
    void requestWithoutTokenIsRefused() {
      var response = api.withToken(null).get("/api/leads");

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredNotYetValidForgedForeignIssuerAndWrongAudienceTokensAreRefused() {
      DemoAccount officer = DemoAccount.SONGJIANG_OFFICER;
      assertThat(api.withToken(TestIssuer.expiredToken(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(api.withToken(TestIssuer.notYetValidToken(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenForOtherAudience(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(api.withToken(TestIssuer.forgedToken(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(api.withToken(TestIssuer.tokenFromOtherIssuer(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(api.withToken("not-a-jwt").get("/api/leads").status()).isEqualTo(401);
    }

    @Test
    void tokensThatNeverExpireOrOutliveTheIssuersMaximumAreRefused() {
      DemoAccount officer = DemoAccount.SONGJIANG_OFFICER;
      assertThat(api.withToken(TestIssuer.tokenWithoutExpiry(officer)).get("/api/leads").status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenLiving(officer, Duration.ofHours(2)))
                  .get("/api/leads")
                  .status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenLiving(officer, Duration.ofMinutes(59)))
                  .get("/api/leads")
                  .status())
          .isEqualTo(200);
    }

    @Test
    void healthIsOpenButMetricsNeedAnOperator() {
      assertThat(api.withToken(null).get("/actuator/health").status()).isEqualTo(200);
      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/actuator/prometheus").status())
          .isEqualTo(403);
      assertThat(api.as(DemoAccount.OPERATOR).get("/actuator/prometheus").status()).isEqualTo(200);
    }
  }
}
