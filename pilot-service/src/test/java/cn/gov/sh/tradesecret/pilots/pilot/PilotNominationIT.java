package cn.gov.sh.tradesecret.pilots.pilot;

import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangPark;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.songjiangUnit;
import static cn.gov.sh.tradesecret.pilots.pilot.PilotTestData.with;
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

@PlatformIntegrationTest
class PilotNominationIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  int storedPilots() {
    return jdbc.queryForObject("select count(*) from pilot", Integer.class);
  }

  String nominate(DemoAccount account, Map<String, Object> pilot) {
    var response = api.as(account).post("/api/pilots", pilot);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  void assertRefusedNamingField(ApiClient.Response response, String field) {
    JsonNode problem = Problems.assertProblem(response, 400, "validation");
    assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
  }

  @Nested
  class Nominate {

    @Test
    void districtOfficerNominatesPilotAndPilotNominatedIsPublished() {
      try (TopicProbe pilotEvents =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.PILOT_EVENTS)) {
        Map<String, Object> unit = songjiangUnit();
        String creditCode = (String) unit.get("creditCode");
        var response =
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .header("X-Correlation-Id", "corr-pilot-1")
                .post("/api/pilots", unit);

        assertThat(response.status()).isEqualTo(201);
        JsonNode pilot = response.json();
        String id = pilot.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/pilots/" + id);
        assertThat(pilot.get("kind").asString()).isEqualTo("UNIT");
        assertThat(pilot.get("industry").asString()).isEqualTo("AUTOMOTIVE");
        assertThat(pilot.get("creditCode").asString()).isEqualTo(creditCode);
        assertThat(pilot.get("status").asString()).isEqualTo("NOMINATED");
        assertThat(pilot.get("nominatedBy").asString()).isEqualTo("songjiang-officer");
        assertThat(pilot.get("parkId").isNull()).isTrue();

        ConsumerRecord<String, String> event =
            pilotEvents.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(event.value())
            .contains(
                "\"type\":\"PilotNominated\"",
                "\"correlationid\":\"corr-pilot-1\"",
                "\"district\":\"310117\"",
                "\"kind\":\"UNIT\"",
                "\"industry\":\"AUTOMOTIVE\"",
                "\"creditCode\":\"" + creditCode + "\"");
      }
    }

    @Test
    void theSameEnterpriseOrPlaceIsNotNominatedTwice() {
      Map<String, Object> unit = songjiangUnit();
      Map<String, Object> park = songjiangPark();
      nominate(DemoAccount.SONGJIANG_OFFICER, unit);
      nominate(DemoAccount.SONGJIANG_OFFICER, park);
      int before = storedPilots();

      var sameCode =
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/pilots", with(unit, "name", "另一个名称"));
      var sameName =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/pilots", with(park, "name", "  " + park.get("name") + " "));

      Problems.assertProblem(sameCode, 409, "duplicate-pilot");
      assertThat(sameName.status()).isEqualTo(409);
      assertThat(storedPilots()).isEqualTo(before);
    }

    @Test
    void unitMaySitInsideAParkOfItsDistrict() {
      String parkId = nominate(DemoAccount.SONGJIANG_OFFICER, songjiangPark());

      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/pilots", with(songjiangUnit(), "parkId", parkId));

      assertThat(response.status()).isEqualTo(201);
      String unitId = response.json().get("id").asString();
      assertThat(
              api.as(DemoAccount.SONGJIANG_OFFICER)
                  .get("/api/pilots/" + unitId)
                  .json()
                  .get("parkId")
                  .asString())
          .isEqualTo(parkId);
    }

    @Test
    void municipalOfficerNominatesInLingang() {
      var response =
          api.as(DemoAccount.MUNICIPAL_OFFICER)
              .post("/api/pilots", with(songjiangPark(), "district", "31LG00"));

      assertThat(response.status()).isEqualTo(201);
      assertThat(response.json().get("district").asString()).isEqualTo("31LG00");
    }

    @Test
    void officerOfForeignDistrictIsRefusedAndNothingIsStored() {
      int before = storedPilots();

      var response = api.as(DemoAccount.XUHUI_OFFICER).post("/api/pilots", songjiangUnit());

      Problems.assertProblem(response, 403, "forbidden");
      assertThat(storedPilots()).isEqualTo(before);
    }

    @Test
    void otherAgenciesMayNotNominatePilots() {
      int before = storedPilots();

      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).post("/api/pilots", songjiangUnit()),
          403,
          "forbidden");
      assertThat(
              api.as(DemoAccount.MUNICIPAL_PROCURATOR)
                  .post("/api/pilots", songjiangUnit())
                  .status())
          .isEqualTo(403);
      assertThat(storedPilots()).isEqualTo(before);
    }

    @Test
    void foreignParkIsNotRevealedToAnOfficerWhoMayNotNominateThere() {
      String xuhuiPark =
          nominate(DemoAccount.MUNICIPAL_OFFICER, with(songjiangPark(), "district", "310104"));

      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post(
                  "/api/pilots",
                  with(with(songjiangUnit(), "district", "310104"), "parkId", xuhuiPark));

      assertThat(response.status()).isEqualTo(403);
    }

    static Stream<Arguments> badNominations() {
      Map<String, Object> good = songjiangUnit();
      return Stream.of(
          Arguments.of("missing kind", with(good, "kind", null), "kind"),
          Arguments.of("unknown kind", with(good, "kind", "FACTORY"), "kind"),
          Arguments.of("missing name", with(good, "name", null), "name"),
          Arguments.of("blank name", with(good, "name", " "), "name"),
          Arguments.of("oversized name", with(good, "name", "x".repeat(201)), "name"),
          Arguments.of("name is an object", with(good, "name", Map.of("zh", "某公司")), "name"),
          Arguments.of("missing district", with(good, "district", null), "district"),
          Arguments.of("unknown district", with(good, "district", "999999"), "district"),
          Arguments.of("municipality is no district", with(good, "district", "310000"), "district"),
          Arguments.of("missing industry", with(good, "industry", null), "industry"),
          Arguments.of("unknown industry", with(good, "industry", "MINING"), "industry"),
          Arguments.of(
              "short credit code", with(good, "creditCode", "91310117MA1J3XXX0"), "creditCode"),
          Arguments.of(
              "credit code with letter I",
              with(good, "creditCode", "91310117MA1J3XXX0I"),
              "creditCode"),
          Arguments.of(
              "credit code with wrong check character",
              with(good, "creditCode", "91310117MA1J3XXX0R"),
              "creditCode"),
          Arguments.of("park id not a UUID", with(good, "parkId", "G60"), "parkId"),
          Arguments.of(
              "unknown park", with(good, "parkId", UUID.randomUUID().toString()), "parkId"),
          Arguments.of("unknown field", with(good, "secretPoints", "the formula"), "secretPoints"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNominations")
    void badInputIsRefusedWithProblemNamingTheFieldAndStoresNothing(
        String why, Map<String, Object> body, String field) {
      int before = storedPilots();

      var response = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/pilots", body);

      assertRefusedNamingField(response, field);
      assertThat(storedPilots()).isEqualTo(before);
    }

    @Test
    void parkMustBeAPilotParkOfTheSameDistrict() {
      String songjiangUnitId = nominate(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());
      String songjiangParkId = nominate(DemoAccount.SONGJIANG_OFFICER, songjiangPark());
      String xuhuiParkId =
          nominate(DemoAccount.MUNICIPAL_OFFICER, with(songjiangPark(), "district", "310104"));
      int before = storedPilots();

      assertRefusedNamingField(
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/pilots", with(songjiangUnit(), "parkId", songjiangUnitId)),
          "parkId");
      assertRefusedNamingField(
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/pilots", with(songjiangUnit(), "parkId", xuhuiParkId)),
          "parkId");
      assertRefusedNamingField(
          api.as(DemoAccount.SONGJIANG_OFFICER)
              .post("/api/pilots", with(songjiangPark(), "parkId", songjiangParkId)),
          "parkId");
      assertThat(storedPilots()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndStoresNothing() {
      int before = storedPilots();

      var response =
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/pilots", "{\"kind\": \"PARK\",");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.json().get("detail").asString()).contains("not well-formed JSON");
      assertThat(storedPilots()).isEqualTo(before);
    }
  }

  @Nested
  class Read {

    @Test
    void onlyTheDistrictAndMunicipalBureausSeeANominatedPilot() {
      String id = nominate(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());

      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/pilots/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots/" + id).status())
          .isEqualTo(200);
      for (DemoAccount outsider :
          List.of(
              DemoAccount.XUHUI_OFFICER,
              DemoAccount.SONGJIANG_POLICE,
              DemoAccount.MUNICIPAL_PROCURATOR,
              DemoAccount.SONGJIANG_COURT_CLERK)) {
        assertThat(api.as(outsider).get("/api/pilots/" + id).status())
            .as(outsider.name())
            .isEqualTo(404);
      }
      assertThat(
              api.as(DemoAccount.SONGJIANG_OFFICER)
                  .get("/api/pilots/" + UUID.randomUUID())
                  .status())
          .isEqualTo(404);
    }

    @Test
    void listShowsOnlyTheOfficersDistrict() {
      nominate(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());
      nominate(DemoAccount.MUNICIPAL_OFFICER, with(songjiangPark(), "district", "310104"));

      JsonNode xuhui = api.as(DemoAccount.XUHUI_OFFICER).get("/api/pilots?size=200").json();
      JsonNode songjiang = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/pilots?size=200").json();

      assertThat(xuhui.get("items").findValuesAsString("district"))
          .isNotEmpty()
          .containsOnly("310104");
      assertThat(songjiang.get("items").findValuesAsString("district"))
          .isNotEmpty()
          .containsOnly("310117");
    }

    @Test
    void municipalBureauFiltersByDistrict() {
      nominate(DemoAccount.SONGJIANG_OFFICER, songjiangUnit());
      nominate(DemoAccount.MUNICIPAL_OFFICER, with(songjiangPark(), "district", "310104"));

      JsonNode all = api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots?size=200").json();
      JsonNode songjiang =
          api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots?district=310117&size=200").json();

      assertThat(all.get("items").findValuesAsString("district")).contains("310117", "310104");
      assertThat(songjiang.get("items").findValuesAsString("district"))
          .isNotEmpty()
          .containsOnly("310117");
    }

    @Test
    void listOfAForeignDistrictOrByAnotherAgencyIsRefused() {
      Problems.assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/pilots?district=310117"), 403, "forbidden");
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).get("/api/pilots"), 403, "forbidden");
      Problems.assertProblem(
          api.as(DemoAccount.MUNICIPAL_PROCURATOR).get("/api/pilots"), 403, "forbidden");
    }

    @Test
    void listOfAnUnknownDistrictOrOversizedPageIsRefused() {
      assertRefusedNamingField(
          api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots?district=999999"), "district");
      assertRefusedNamingField(
          api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/pilots?size=201"), "size");
    }
  }

  @Nested
  class Authentication {

    @Test
    void requestWithoutTokenIsRefused() {
      var response = api.withToken(null).post("/api/pilots", songjiangUnit());

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredForgedAndForeignIssuerTokensAreRefused() {
      DemoAccount officer = DemoAccount.SONGJIANG_OFFICER;
      int before = storedPilots();

      assertThat(api.withToken(TestIssuer.expiredToken(officer)).get("/api/pilots").status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.forgedToken(officer))
                  .post("/api/pilots", songjiangUnit())
                  .status())
          .isEqualTo(401);
      assertThat(
              api.withToken(TestIssuer.tokenFromOtherIssuer(officer)).get("/api/pilots").status())
          .isEqualTo(401);
      assertThat(api.withToken("not-a-jwt").get("/api/pilots").status()).isEqualTo(401);
      assertThat(storedPilots()).isEqualTo(before);
    }
  }
}
