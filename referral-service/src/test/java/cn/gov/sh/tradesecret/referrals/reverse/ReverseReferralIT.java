package cn.gov.sh.tradesecret.referrals.reverse;

import static cn.gov.sh.tradesecret.testsupport.Problems.assertInvalid;
import static cn.gov.sh.tradesecret.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Reverse referrals: the police refer a matter back; the event that case-service turns into a lead
 * is published.
 */
@ReferralIntegrationTest
class ReverseReferralIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  static Map<String, Object> submission() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "310117");
    body.put("ground", "TOO_MINOR");
    body.put("rightsHolder", "上海某精密机械有限公司");
    body.put("suspects", List.of("张某", "李某"));
    body.put("summary", "Drawings copied once, not used in production: too minor to prosecute.");
    return body;
  }

  int stored() {
    return jdbc.queryForObject("select count(*) from reverse_referral", Integer.class);
  }

  @Test
  void policeReferAMatterBackAndTheBureauGetsTheEvent() {
    try (TopicProbe events =
        new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.REFERRAL_EVENTS)) {
      var response =
          api.as(DemoAccount.SONGJIANG_POLICE).post("/api/reverse-referrals", submission());

      assertThat(response.status()).isEqualTo(201);
      String id = response.json().get("id").asString();
      assertThat(response.json().get("targetUnit").asString()).isEqualTo("MR-310117");
      var event = events.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
      assertThat(event.value())
          .contains(
              "\"type\":\"ReverseReferralSubmitted\"",
              "\"targetUnit\":\"MR-310117\"",
              "\"policeUnit\":\"PSB-310117\"",
              "\"suspects\":\"张某, 李某\"");
      assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/reverse-referrals/" + id).status())
          .isEqualTo(200);
      assertThat(
              api.as(DemoAccount.SONGJIANG_PROCURATOR).get("/api/reverse-referrals/" + id).status())
          .isEqualTo(200);
      assertProblem(
          api.as(DemoAccount.XUHUI_OFFICER).get("/api/reverse-referrals/" + id), 404, "not-found");
      assertProblem(
          api.as(DemoAccount.XUHUI_POLICE).get("/api/reverse-referrals/" + id), 404, "not-found");
    }
  }

  @Test
  void onlyThePoliceOfTheDistrictReferBack() {
    int before = stored();

    assertProblem(
        api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/reverse-referrals", submission()),
        403,
        "forbidden");
    assertProblem(
        api.as(DemoAccount.XUHUI_POLICE).post("/api/reverse-referrals", submission()),
        403,
        "forbidden");
    assertProblem(
        api.as(DemoAccount.SONGJIANG_COURT_CLERK).get("/api/reverse-referrals"), 403, "forbidden");
    assertThat(stored()).isEqualTo(before);
  }

  static Stream<Arguments> badSubmissions() {
    return Stream.of(
        Arguments.of(with("district", null), "district"),
        Arguments.of(with("district", "999999"), "district"),
        Arguments.of(with("ground", "GUILTY"), "ground"),
        Arguments.of(with("ground", null), "ground"),
        Arguments.of(with("rightsHolder", " "), "rightsHolder"),
        Arguments.of(with("suspects", List.of()), "suspects"),
        Arguments.of(with("suspects", List.of(" ")), "suspects[0]"),
        Arguments.of(with("summary", "x".repeat(4001)), "summary"),
        Arguments.of(with("secretPoints", "the formula"), "secretPoints"));
  }

  static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = submission();
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }
    return body;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badSubmissions")
  void badInputIsRefusedNamingTheFieldAndStoresNothing(Map<String, Object> body, String field) {
    int before = stored();

    var response = api.as(DemoAccount.SONGJIANG_POLICE).post("/api/reverse-referrals", body);

    assertInvalid(response, field);
    assertThat(stored()).isEqualTo(before);
  }
}
