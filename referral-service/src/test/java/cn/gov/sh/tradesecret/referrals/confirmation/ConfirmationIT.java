package cn.gov.sh.tradesecret.referrals.confirmation;

import static cn.gov.sh.tradesecret.testsupport.Problems.assertInvalid;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Judicial confirmation: only a judge of the addressed court grants or refuses, once. */
@ReferralIntegrationTest
class ConfirmationIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Confirmations confirmations;
  @Autowired TransactionTemplate transaction;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  /**
   * A confirmation request as MediationConcluded opens it (the consumption itself: CaseWatchIT).
   */
  String requested() {
    String caseId = UUID.randomUUID().toString();
    transaction.executeWithoutResult(
        status ->
            confirmations.request(
                caseId,
                "N-9",
                "310117",
                "MR-310117",
                "COURT-310117",
                "ef".repeat(32),
                TestClock.now()));
    return jdbc.queryForObject("select id from confirmation where case_id = ?", UUID.class, caseId)
        .toString();
  }

  String event(String id, String type) {
    String caseId =
        jdbc.queryForObject(
            "select case_id from confirmation where id = ?", String.class, UUID.fromString(id));
    return jdbc
        .queryForList(
            "select payload from outbox_event where message_key = ? and event_type = ?",
            String.class,
            caseId,
            type)
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Test
  void judgeGrantsTheConfirmation() {
    String id = requested();

    var granted =
        api.as(DemoAccount.SONGJIANG_COURT_JUDGE).post("/api/confirmations/" + id + "/grant", "{}");

    assertThat(granted.status()).isEqualTo(200);
    assertThat(granted.json().get("status").asString()).isEqualTo("GRANTED");
    assertThat(event(id, "ConfirmationGranted")).contains("\"confirmationId\":\"" + id + "\"");
    assertProblem(
        api.as(DemoAccount.SONGJIANG_COURT_JUDGE)
            .post("/api/confirmations/" + id + "/refusal", Map.of("reasons", "x")),
        409,
        "confirmation-wrong-step");
  }

  @Test
  void judgeRefusesWithReasons() {
    String id = requested();

    var refused =
        api.as(DemoAccount.SONGJIANG_COURT_JUDGE)
            .post(
                "/api/confirmations/" + id + "/refusal",
                Map.of("reasons", "The agreement waives rights of a third party."));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
    assertThat(event(id, "ConfirmationRefused")).contains("waives rights of a third party");
  }

  @Test
  void onlyAJudgeOfTheAddressedCourtDecidesAndOthersCannotSeeIt() {
    String id = requested();

    assertThat(api.as(DemoAccount.SONGJIANG_COURT_CLERK).get("/api/confirmations/" + id).status())
        .isEqualTo(200);
    assertProblem(
        api.as(DemoAccount.SONGJIANG_COURT_CLERK).post("/api/confirmations/" + id + "/grant", "{}"),
        403,
        "forbidden");
    assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/confirmations/" + id).status())
        .isEqualTo(200);
    assertProblem(
        api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/confirmations/" + id + "/grant", "{}"),
        403,
        "forbidden");
    assertProblem(
        api.as(DemoAccount.SONGJIANG_POLICE).post("/api/confirmations/" + id + "/grant", "{}"),
        404,
        "not-found");
    assertProblem(
        api.as(DemoAccount.XUHUI_OFFICER).get("/api/confirmations/" + id), 404, "not-found");
    assertThat(
            api.as(DemoAccount.SONGJIANG_COURT_CLERK)
                .get("/api/confirmations?size=200")
                .json()
                .get("items")
                .findValuesAsString("id"))
        .contains(id);
    var blank =
        api.as(DemoAccount.SONGJIANG_COURT_JUDGE)
            .post("/api/confirmations/" + id + "/refusal", Map.of("reasons", " "));
    assertInvalid(blank, "reasons");
    assertThat(
            api.as(DemoAccount.SONGJIANG_COURT_CLERK)
                .get("/api/confirmations/" + id)
                .json()
                .get("status")
                .asString())
        .isEqualTo("REQUESTED");
  }
}
