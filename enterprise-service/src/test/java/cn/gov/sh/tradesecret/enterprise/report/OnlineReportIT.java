package cn.gov.sh.tradesecret.enterprise.report;

import static cn.gov.sh.tradesecret.enterprise.report.ReportTestData.DRAWINGS_SHA256;
import static cn.gov.sh.tradesecret.enterprise.report.ReportTestData.report;
import static cn.gov.sh.tradesecret.enterprise.report.ReportTestData.with;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.PUDONG_ENTERPRISE;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_CREDIT_CODE;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.enterprise.support.Enterprises;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An enterprise reports a suspected infringement online and follows it; who sees what. */
@PlatformIntegrationTest
class OnlineReportIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  int storedReports() {
    return jdbc.queryForObject("select count(*) from infringement_report", Integer.class);
  }

  String submitted(DemoAccount enterprise, Map<String, Object> report) {
    var response = api.as(enterprise).post("/api/reports", report);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  @Nested
  class Submit {

    @Test
    void enterpriseGetsATrackingNumberAndTheReportIsPublishedForItsDistrictBureau() {
      try (TopicProbe events =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.ENTERPRISE_EVENTS)) {
        Instant before = TestClock.now().truncatedTo(ChronoUnit.MICROS);
        var response =
            api.as(SONGJIANG_ENTERPRISE)
                .header("X-Correlation-Id", "corr-report-1")
                .post("/api/reports", report());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode report = response.json();
        String id = report.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/reports/" + id);
        assertThat(report.get("trackingNumber").asString())
            .matches("ER-" + TestClock.suiteDate().getYear() + "-\\d{6}");
        assertThat(report.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(report.get("district").asString()).isEqualTo("310117");
        assertThat(report.get("creditCode").asString()).isEqualTo(SONGJIANG_CREDIT_CODE);
        assertThat(Instant.parse(report.get("reportedAt").asString()))
            .isBetween(before, TestClock.now());
        ConsumerRecord<String, String> event =
            events.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
        JsonNode envelope = json.readTree(event.value());
        assertThat(envelope.get("type").asString()).isEqualTo("InfringementReported");
        assertThat(envelope.get("source").asString()).isEqualTo("/enterprise-service");
        assertThat(envelope.get("district").asString()).isEqualTo("310117");
        assertThat(envelope.get("correlationid").asString()).isEqualTo("corr-report-1");
        JsonNode data = envelope.get("data");
        assertThat(data.get("trackingNumber").asString())
            .isEqualTo(report.get("trackingNumber").asString());
        assertThat(data.get("creditCode").asString()).isEqualTo(SONGJIANG_CREDIT_CODE);
        assertThat(data.get("evidenceFingerprints").get(0).asString()).isEqualTo(DRAWINGS_SHA256);
        assertThat(data.get("suspects").get(1).get("creditCode").asString())
            .isEqualTo("91110000802100433B");
      }
    }

    @Test
    void trackingNumbersAreDistinct() {
      var first = api.as(SONGJIANG_ENTERPRISE).post("/api/reports", report()).json();
      var second = api.as(SONGJIANG_ENTERPRISE).post("/api/reports", report()).json();

      assertThat(first.get("trackingNumber").asString())
          .isNotEqualTo(second.get("trackingNumber").asString());
    }

    @Test
    void enterpriseMayReportToTheBureauOfAnotherDistrict() {
      var response = api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("district", "310115"));

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      assertThat(response.json().get("district").asString()).isEqualTo("310115");
    }

    @Test
    void fingerprintsAreKeptInLowerCase() {
      var response =
          api.as(SONGJIANG_ENTERPRISE)
              .post(
                  "/api/reports",
                  with("evidenceFingerprints", List.of(DRAWINGS_SHA256.toUpperCase())));

      assertThat(response.json().get("evidenceFingerprints").get(0).asString())
          .isEqualTo(DRAWINGS_SHA256);
    }

    @Test
    void textInAnyScriptAndEmojiIsKept() {
      var response =
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/reports", with("howTaken", "U 盘拷贝 🚨\n第二行 — ünïcödé"));

      assertThat(response.status()).as(response.body()).isEqualTo(201);
      assertThat(response.json().get("howTaken").asString()).isEqualTo("U 盘拷贝 🚨\n第二行 — ünïcödé");
    }
  }

  @Nested
  class Refusals {

    @ParameterizedTest
    @ValueSource(strings = {"310199", "310000", "abc"})
    void reportForADistrictWithoutBureauIsRefused(String district) {
      int before = storedReports();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("district", district)),
          "district");
      assertThat(storedReports()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", // 63 digits
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08a", // 65 digits
          "zf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", // not hex
          ""
        })
    void fingerprintThatIsNot64HexDigitsIsRefused(String fingerprint) {
      int before = storedReports();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/reports", with("evidenceFingerprints", List.of(fingerprint))),
          "evidenceFingerprints[0]");
      assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void theSameFingerprintTwiceIsRefused() {
      int before = storedReports();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post(
                  "/api/reports",
                  with(
                      "evidenceFingerprints",
                      List.of(DRAWINGS_SHA256, DRAWINGS_SHA256.toUpperCase()))),
          "evidenceFingerprints[1]");
      assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void reportWithoutEvidenceFingerprintsIsRefused() {
      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/reports", with("evidenceFingerprints", List.of())),
          "evidenceFingerprints");
    }

    @Test
    void suspectCreditCodeWithAWrongCheckCharacterIsRefused() {
      int before = storedReports();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post(
                  "/api/reports",
                  with(
                      "suspects",
                      List.of(Map.of("name", "上海某竞争科技有限公司", "creditCode", "91110000802100433C")))),
          "suspects[0].creditCode");
      assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void controlCharactersInTheEnterpriseNameAreRefused() {
      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("enterpriseName", "上海某公司\u0007")),
          "enterpriseName");
    }

    @Test
    void nulInADescriptionIsRefused() {
      var response =
          api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("whatWasTaken", "图纸\u0000"));

      assertThat(Problems.assertProblem(response, 400, "validation").toString())
          .contains("whatWasTaken");
    }

    @Test
    void aMegabyteDescriptionIsRefused() {
      int before = storedReports();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/reports", with("whatWasTaken", "图".repeat(1024 * 1024))),
          "whatWasTaken");
      assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void negativeLossIsRefused() {
      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("estimatedLoss", -1)),
          "estimatedLoss");
    }

    @Test
    void unknownSecretTypeIsRefused() {
      var response =
          api.as(SONGJIANG_ENTERPRISE).post("/api/reports", with("secretType", "PERSONAL"));

      assertThat(Problems.assertProblem(response, 400, "validation").toString())
          .contains("secretType");
    }

    @Test
    void anOfficerDoesNotReportOnline() {
      int before = storedReports();

      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/reports", report()), 403, "forbidden");
      assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void anEnterpriseTokenWithoutAValidCreditCodeIsRefused() {
      Problems.assertProblem(
          api.as(Enterprises.ENTERPRISE_WITHOUT_VALID_CODE).post("/api/reports", report()),
          403,
          "forbidden");
    }

    @Test
    void withoutATokenNothingIsReported() {
      assertThat(api.withToken("not-a-token").post("/api/reports", report()).status())
          .isEqualTo(401);
    }
  }

  @Nested
  class Access {

    @Test
    void enterpriseSeesOnlyItsOwnReports() {
      String songjiang = submitted(SONGJIANG_ENTERPRISE, report());
      String pudong = submitted(PUDONG_ENTERPRISE, report());

      assertThat(api.as(SONGJIANG_ENTERPRISE).get("/api/reports/" + songjiang).status())
          .isEqualTo(200);
      Problems.assertProblem(
          api.as(PUDONG_ENTERPRISE).get("/api/reports/" + songjiang), 404, "not-found");
      JsonNode own = api.as(PUDONG_ENTERPRISE).get("/api/reports?size=200").json();
      assertThat(own.get("items").findValuesAsString("id"))
          .contains(pudong)
          .doesNotContain(songjiang);
      assertThat(own.get("items").valueStream().map(item -> item.get("creditCode").asString()))
          .containsOnly(Enterprises.PUDONG_CREDIT_CODE);
    }

    @Test
    void theBureauOfTheDistrictAndTheMunicipalBureauSeeTheReport() {
      String id = submitted(SONGJIANG_ENTERPRISE, report());

      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/reports/" + id).status())
          .isEqualTo(200);
      assertThat(api.as(DemoAccount.MUNICIPAL_OFFICER).get("/api/reports/" + id).status())
          .isEqualTo(200);
      assertThat(
              api.as(DemoAccount.SONGJIANG_OFFICER)
                  .get("/api/reports?size=200")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .contains(id);
    }

    @Test
    void anotherDistrictsBureauAndOtherAgenciesDoNotSeeIt() {
      String id = submitted(SONGJIANG_ENTERPRISE, report());

      Problems.assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/reports/" + id), 404, "not-found");
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).get("/api/reports/" + id), 404, "not-found");
      assertThat(
              api.as(DemoAccount.XUHUI_OFFICER)
                  .get("/api/reports?size=200")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .doesNotContain(id);
      Problems.assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/reports?district=310117"), 403, "forbidden");
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_POLICE).get("/api/reports"), 403, "forbidden");
      Problems.assertProblem(api.as(DemoAccount.OPERATOR).get("/api/reports"), 403, "forbidden");
    }
  }
}
