package cn.gov.sh.tradesecret.enterprise.decision;

import static cn.gov.sh.tradesecret.enterprise.report.ReportTestData.report;
import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bureau's decision on a report, from case-service's events, reaches the enterprise. */
@PlatformIntegrationTest
class BureauDecisionIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;
  String bootstrap;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    bootstrap = String.join(",", kafka.getBootstrapServers());
  }

  String submitted() {
    var response = api.as(SONGJIANG_ENTERPRISE).post("/api/reports", report());
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  String publish(EventPayload payload) {
    EventEnvelope<EventPayload> event =
        EventEnvelope.of("/case-service", payload, TestClock.now(), "corr-test");
    String message = json.writeValueAsString(event);
    TopicProbe.send(bootstrap, Topics.CASE_EVENTS, payload.aggregateId(), message);
    return message;
  }

  JsonNode asTheEnterprise(String id) {
    return api.as(SONGJIANG_ENTERPRISE).get("/api/reports/" + id).json();
  }

  String statusOf(String id) {
    return asTheEnterprise(id).get("status").asString();
  }

  static LeadRegistered registered(String id, Instant at) {
    return new LeadRegistered(
        id, "310117", "MR-310117", "ENTERPRISE_REPORT", "上海某精密机械有限公司", BigDecimal.TEN, at);
  }

  @Test
  void enterpriseSeesItsReportReceivedThenDeclinedWithTheReasonButNotWhoDeclined() {
    String id = submitted();
    Instant received = TestClock.now();

    publish(registered(id, received));
    await().atMost(PATIENCE).until(() -> statusOf(id).equals("RECEIVED"));
    String declined =
        publish(
            new LeadDeclined(
                id, "310117", "MR-310117", "NO_VIOLATION", "songjiang-officer", received));
    await().atMost(PATIENCE).until(() -> statusOf(id).equals("DECLINED"));

    JsonNode report = asTheEnterprise(id);
    assertThat(report.get("bureauUnit").asString()).isEqualTo("MR-310117");
    assertThat(report.get("declineReason").asString()).isEqualTo("NO_VIOLATION");
    assertThat(report.toString()).doesNotContain("songjiang-officer");
    // the same event again (a redelivery) changes nothing and blocks nothing
    TopicProbe.send(bootstrap, Topics.CASE_EVENTS, id, declined);
    String later = submitted();
    publish(registered(later, received));
    await().atMost(PATIENCE).until(() -> statusOf(later).equals("RECEIVED"));
    assertThat(statusOf(id)).isEqualTo("DECLINED");
  }

  @Test
  void enterpriseSeesTheCaseNumberOnceACaseIsFiled() {
    String id = submitted();

    publish(
        new CaseFiled(
            UUID.randomUUID().toString(),
            id,
            "沪松市监案〔2026〕18号",
            "310117",
            "MR-310117",
            BigDecimal.TEN,
            false,
            TestClock.now(),
            TestClock.now().plus(Duration.ofDays(90)),
            null,
            null,
            null,
            null));

    await().atMost(PATIENCE).until(() -> statusOf(id).equals("FILED"));
    assertThat(asTheEnterprise(id).get("caseNumber").asString()).isEqualTo("沪松市监案〔2026〕18号");
  }

  @Test
  void leadsThatAreNoReportsAreIgnored() {
    String id = submitted();
    String otherLead = UUID.randomUUID().toString();

    publish(registered(otherLead, TestClock.now()));
    publish(registered(id, TestClock.now()));

    await().atMost(PATIENCE).until(() -> statusOf(id).equals("RECEIVED"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from infringement_report where id = ?::uuid",
                Integer.class,
                otherLead))
        .isZero();
  }
}
