package cn.gov.sh.tradesecret.cases.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An enterprise's online report (enterprise-service's InfringementReported on {@code
 * enterprise-events}) becomes one lead of the competent district bureau, its source recorded.
 */
@PlatformIntegrationTest
class EnterpriseReportIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String TOPIC = EnterpriseTopic.TOPIC;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  ApiClient api;
  String bootstrap;
  EnterpriseTopic topic;

  @BeforeEach
  void setUp() throws Exception {
    api = ApiClient.onPort(port);
    bootstrap = String.join(",", kafka.getBootstrapServers());
    topic = new EnterpriseTopic(bootstrap, json).created();
  }

  static Map<String, Object> report(String reportId, String district) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("reportId", reportId);
    data.put("trackingNumber", "ER-2026-" + reportId.substring(0, 6));
    data.put("district", district);
    data.put("enterpriseName", "上海某精密机械有限公司");
    data.put("creditCode", "91310117MA1J3K5L0Y");
    data.put("secretType", "TECHNICAL");
    data.put("whatWasTaken", "伺服电机设计图纸 12 份");
    data.put("howTaken", "离职工程师拷贝至个人网盘");
    data.put(
        "suspects",
        List.of(
            Map.of("name", "张某"),
            Map.of("name", "上海某竞争科技有限公司", "creditCode", "91110000802100433B")));
    data.put("estimatedLoss", 850000);
    data.put(
        "evidenceFingerprints",
        List.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    data.put("reportedAt", TestClock.now().toString());
    return data;
  }

  /** An online report as enterprise-service publishes it; returns the message. */
  String publish(Map<String, Object> data) {
    return topic.publish("InfringementReported", (String) data.get("reportId"), data);
  }

  int leads(String id) {
    return jdbc.queryForObject(
        "select count(*) from lead where id = ?", Integer.class, UUID.fromString(id));
  }

  @Test
  void reportBecomesALeadOfItsDistrictBureauWithItsSourceRecorded() {
    String id = UUID.randomUUID().toString();
    Map<String, Object> report = report(id, "310117");
    try (TopicProbe caseEvents = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      publish(report);

      await().atMost(PATIENCE).until(() -> leads(id) == 1);
      JsonNode lead = api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/leads/" + id).json();
      assertThat(lead.get("source").asString()).isEqualTo("ENTERPRISE_REPORT");
      assertThat(lead.get("originReference").asString()).isEqualTo("ER-2026-" + id.substring(0, 6));
      assertThat(lead.get("owningUnit").asString()).isEqualTo("MR-310117");
      assertThat(lead.get("claimedAmount").decimalValue()).isEqualByComparingTo("850000");
      assertThat(lead.get("rightsHolder").get("creditCode").asString())
          .isEqualTo("91310117MA1J3K5L0Y");
      assertThat(lead.get("suspects")).hasSize(2);
      assertThat(lead.get("description").asString()).contains("伺服电机设计图纸 12 份");
      assertThat(Instant.parse(lead.get("receivedAt").asString()))
          .as("received when reported")
          .isEqualTo(
              Instant.parse((String) report.get("reportedAt")).truncatedTo(ChronoUnit.MICROS));
      // what enterprise-service reads to follow its report
      assertThat(caseEvents.await(r -> id.equals(r.key()), PATIENCE).value())
          .contains("\"type\":\"LeadRegistered\"", "\"source\":\"ENTERPRISE_REPORT\"");
    }
    assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/leads/" + id).status()).isEqualTo(404);
  }

  @Test
  void oneReportIsNeverTwoLeadsWhateverIsRedelivered() {
    String id = UUID.randomUUID().toString();
    try (TopicProbe caseEvents = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      String message = publish(report(id, "310117"));
      TopicProbe.send(bootstrap, TOPIC, id, message); // the same event again
      publish(report(id, "310117")); // the same report, published anew
      String marker = UUID.randomUUID().toString();
      publish(report(marker, "310117"));

      await().atMost(PATIENCE).until(() -> leads(marker) == 1);
      assertThat(leads(id)).isEqualTo(1);
      assertThat(
              caseEvents.drain(Duration.ofSeconds(2)).stream()
                  .filter(r -> id.equals(r.key()))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void reportNamingNoDistrictBureauIsNoLeadAndBlocksNothing() {
    String municipal = UUID.randomUUID().toString();
    String unknown = UUID.randomUUID().toString();
    String next = UUID.randomUUID().toString();

    publish(report(municipal, "310000"));
    publish(report(unknown, "310199"));
    publish(report(next, "310117"));

    await().atMost(PATIENCE).until(() -> leads(next) == 1);
    assertThat(leads(municipal)).isZero();
    assertThat(leads(unknown)).isZero();
  }

  @Test
  void unreadableReportGoesToTheDeadLetterTopicAndBlocksNothing() {
    String broken = UUID.randomUUID().toString();
    Map<String, Object> withoutName = report(broken, "310117");
    withoutName.remove("enterpriseName");
    String next = UUID.randomUUID().toString();
    try (TopicProbe deadLetters = new TopicProbe(bootstrap, Topics.deadLetter(TOPIC))) {
      TopicProbe.send(bootstrap, TOPIC, "garbage", "{not json");
      publish(withoutName);
      publish(report(next, "310117"));

      await().atMost(PATIENCE).until(() -> leads(next) == 1);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  deadLetters.drain(Duration.ofMillis(500)).stream()
                      .map(r -> r.key())
                      .toList()
                      .containsAll(List.of(broken, "garbage")));
      assertThat(leads(broken)).isZero();
    }
  }
}
