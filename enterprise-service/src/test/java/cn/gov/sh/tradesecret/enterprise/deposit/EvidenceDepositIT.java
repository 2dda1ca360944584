package cn.gov.sh.tradesecret.enterprise.deposit;

import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.PUDONG_ENTERPRISE;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_CREDIT_CODE;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Openssl;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Evidence deposits: a fingerprint in, an RFC 3161 token out that the real {@code openssl ts
 * -verify} accepts against the published certificate; public verification by fingerprint.
 */
@PlatformIntegrationTest
class EvidenceDepositIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  /** A fingerprint no other test deposits: the SHA-256 of a fresh document. */
  static String freshSha256() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(("设计图纸 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> deposit(String sha256) {
    Map<String, Object> deposit = new LinkedHashMap<>();
    deposit.put("sha256", sha256);
    deposit.put("title", "伺服电机设计图纸 V3");
    deposit.put("category", "TECHNICAL_DRAWING");
    deposit.put("discloseDepositor", true);
    return deposit;
  }

  static Map<String, Object> with(String field, Object value) {
    Map<String, Object> deposit = deposit(freshSha256());
    deposit.put(field, value);
    return deposit;
  }

  int storedDeposits() {
    return jdbc.queryForObject("select count(*) from evidence_deposit", Integer.class);
  }

  JsonNode deposited(DemoAccount enterprise, Map<String, Object> deposit) {
    var response = api.as(enterprise).post("/api/deposits", deposit);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** Without any token, as a member of the public. */
  HttpResponse<String> anonymous(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Nested
  class Deposit {

    @Test
    void enterpriseGetsAReceiptAndATokenThatOpensslVerifiesAgainstThePublishedCertificate(
        @TempDir Path files) throws Exception {
      Assumptions.assumeTrue(Openssl.isInstalled(), "openssl is not installed here");
      String sha256 = freshSha256();

      JsonNode deposit = deposited(SONGJIANG_ENTERPRISE, deposit(sha256));

      assertThat(deposit.get("receiptNumber").asString())
          .matches("ED-" + TestClock.suiteDate().getYear() + "-\\d{6}");
      byte[] token = deposit.get("timestampToken").binaryValue();
      Path tokenFile = Files.write(files.resolve("deposit.tst"), token);
      HttpResponse<String> certificate = anonymous("/api/timestamping/certificate");
      assertThat(certificate.statusCode()).isEqualTo(200);
      Path certificateFile = Files.writeString(files.resolve("tsa.pem"), certificate.body());
      Openssl.Result verified = Openssl.verifyTimestamp(sha256, tokenFile, certificateFile);
      assertThat(verified.exitCode()).as(verified.output()).isZero();
      assertThat(verified.output()).contains("Verification: OK");
      Openssl.Result otherDocument =
          Openssl.verifyTimestamp(freshSha256(), tokenFile, certificateFile);
      assertThat(otherDocument.exitCode()).as("another document's fingerprint").isNotZero();
    }

    @Test
    void tokenHoldsTheFingerprintAndTheTimeOfTheDeposit() throws Exception {
      String sha256 = freshSha256();
      Instant before = TestClock.now();

      JsonNode deposit = deposited(SONGJIANG_ENTERPRISE, deposit(sha256.toUpperCase()));

      assertThat(deposit.get("sha256").asString()).isEqualTo(sha256);
      TimeStampToken token =
          new TimeStampToken(new CMSSignedData(deposit.get("timestampToken").binaryValue()));
      assertThat(HexFormat.of().formatHex(token.getTimeStampInfo().getMessageImprintDigest()))
          .isEqualTo(sha256);
      Instant stamped = token.getTimeStampInfo().getGenTime().toInstant();
      assertThat(stamped).isEqualTo(Instant.parse(deposit.get("depositedAt").asString()));
      assertThat(stamped).isBetween(before.minusMillis(1), TestClock.now());
    }

    @Test
    void depositIsPublishedWithoutItsTitle() {
      String sha256 = freshSha256();
      try (TopicProbe events =
          new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.ENTERPRISE_EVENTS)) {
        String id = deposited(SONGJIANG_ENTERPRISE, deposit(sha256)).get("id").asString();

        String event = events.await(r -> id.equals(r.key()), Duration.ofSeconds(20)).value();
        assertThat(event)
            .contains("\"type\":\"EvidenceDeposited\"", sha256, SONGJIANG_CREDIT_CODE)
            .doesNotContain("伺服电机设计图纸");
      }
    }

    @Test
    void titleInAnyScriptAndEmojiIsKept() {
      assertThat(
              deposited(SONGJIANG_ENTERPRISE, with("title", "客户名单 📇 2026"))
                  .get("title")
                  .asString())
          .isEqualTo("客户名单 📇 2026");
    }
  }

  @Nested
  class Refusals {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08a",
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0\n",
          ""
        })
    void fingerprintThatIsNot64HexDigitsIsRefused(String sha256) {
      int before = storedDeposits();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/deposits", deposit(sha256)), "sha256");
      assertThat(storedDeposits()).isEqualTo(before);
    }

    @Test
    void aFingerprintIsDepositedOnceByAnyone() {
      String sha256 = freshSha256();
      deposited(SONGJIANG_ENTERPRISE, deposit(sha256));
      int before = storedDeposits();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/deposits", deposit(sha256.toUpperCase())),
          "sha256");
      Problems.assertInvalid(
          api.as(PUDONG_ENTERPRISE).post("/api/deposits", deposit(sha256)), "sha256");
      assertThat(storedDeposits()).isEqualTo(before);
    }

    @Test
    void titleWithControlCharactersOrAMegabyteLongIsRefused() {
      int before = storedDeposits();

      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE).post("/api/deposits", with("title", "图纸\u001b[31m")),
          "title");
      Problems.assertInvalid(
          api.as(SONGJIANG_ENTERPRISE)
              .post("/api/deposits", with("title", "图".repeat(1024 * 1024))),
          "title");
      assertThat(storedDeposits()).isEqualTo(before);
    }

    @Test
    void unknownCategoryIsRefused() {
      var response = api.as(SONGJIANG_ENTERPRISE).post("/api/deposits", with("category", "SECRET"));

      assertThat(Problems.assertProblem(response, 400, "validation").toString())
          .contains("category");
    }

    @Test
    void officersDoNotDepositAndNobodyWithoutAToken() {
      int before = storedDeposits();

      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/deposits", deposit(freshSha256())),
          403,
          "forbidden");
      assertThat(api.withToken("none").post("/api/deposits", deposit(freshSha256())).status())
          .isEqualTo(401);
      assertThat(storedDeposits()).isEqualTo(before);
    }
  }

  @Nested
  class Access {

    @Test
    void enterpriseSeesOnlyItsOwnDeposits() {
      String songjiang =
          deposited(SONGJIANG_ENTERPRISE, deposit(freshSha256())).get("id").asString();

      assertThat(api.as(SONGJIANG_ENTERPRISE).get("/api/deposits/" + songjiang).status())
          .isEqualTo(200);
      Problems.assertProblem(
          api.as(PUDONG_ENTERPRISE).get("/api/deposits/" + songjiang), 404, "not-found");
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/deposits/" + songjiang),
          404,
          "not-found");
      assertThat(
              api.as(PUDONG_ENTERPRISE)
                  .get("/api/deposits?size=200")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .doesNotContain(songjiang);
      Problems.assertProblem(
          api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/deposits"), 403, "forbidden");
    }
  }

  @Nested
  class PublicVerification {

    @Test
    void anyoneLearnsWhetherAndWhenAFingerprintWasDepositedAndByWhomIfAllowed() throws Exception {
      String disclosed = freshSha256();
      String undisclosed = freshSha256();
      JsonNode deposit = deposited(SONGJIANG_ENTERPRISE, deposit(disclosed));
      Map<String, Object> quiet = deposit(undisclosed);
      quiet.put("discloseDepositor", false);
      deposited(SONGJIANG_ENTERPRISE, quiet);

      HttpResponse<String> found = anonymous("/api/deposits/verification?sha256=" + disclosed);
      HttpResponse<String> anonymousDepositor =
          anonymous("/api/deposits/verification?sha256=" + undisclosed.toUpperCase());
      HttpResponse<String> never = anonymous("/api/deposits/verification?sha256=" + freshSha256());

      assertThat(found.statusCode()).isEqualTo(200);
      assertThat(found.body())
          .contains(
              "\"deposited\":true",
              "\"depositedAt\":\"" + deposit.get("depositedAt").asString() + "\"",
              "\"depositor\":\"" + SONGJIANG_CREDIT_CODE + "\"")
          .doesNotContain("伺服电机", "receipt", "songjiang-enterprise");
      assertThat(anonymousDepositor.body())
          .contains("\"deposited\":true")
          .doesNotContain(SONGJIANG_CREDIT_CODE);
      assertThat(never.body()).contains("\"deposited\":false");
    }

    @Test
    void verifyingAFingerprintThatIsNot64HexDigitsIsRefused() throws Exception {
      HttpResponse<String> response = anonymous("/api/deposits/verification?sha256=abc");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("sha256");
    }
  }
}
