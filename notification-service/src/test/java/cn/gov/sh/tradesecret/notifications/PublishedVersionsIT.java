package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventCatalog;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a consumer reads every published version of an event, not only the newest. A
 * ReferralOmissionSuspected of version 1 (a declined lead's case number written {@code NONE}) and
 * one of version 2 (null) both reach the procuratorate they are addressed to, as the wire carries
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestInfrastructure.class)
class PublishedVersionsIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  /** An alert about a lead declined without filing, as referral-service wrote it at a version. */
  static String omission(String eventId, String leadId, int version, String caseNumber) {
    return """
        {"specversion":"1.0","id":"%s","source":"/referral-service",
         "type":"ReferralOmissionSuspected","subject":"%s","time":"%s",
         "datacontenttype":"application/json","schemaversion":%d,"district":"310117",
         "data":{"caseId":"%s","caseNumber":%s,"district":"310117","owningUnit":"MR-310117",
          "procuratorateUnit":"PROC-310117","claimedAmount":300000,"trigger":"LEAD_DECLINED",
          "referralStatus":"NONE","detectedAt":"%s"}}"""
        .formatted(eventId, leadId, TestClock.now(), version, leadId, caseNumber, TestClock.now());
  }

  int entriesFor(String unit, String eventId) {
    return jdbc.queryForObject(
        "select count(*) from inbox_entry where unit = ? and event_id = ?::uuid",
        Integer.class,
        unit,
        eventId);
  }

  @Test
  void theProcuratorateReceivesAnOmissionAlertOfEveryPublishedVersion() {
    assertThat(EventCatalog.of("ReferralOmissionSuspected").schemaVersion())
        .as("version 1 is still published beside the newest")
        .isEqualTo(2);
    String bootstrap = String.join(",", kafka.getBootstrapServers());
    String v1 = UUID.randomUUID().toString();
    String v2 = UUID.randomUUID().toString();
    String leadOfV1 = UUID.randomUUID().toString();
    String leadOfV2 = UUID.randomUUID().toString();

    TopicProbe.send(
        bootstrap, Topics.REFERRAL_EVENTS, leadOfV1, omission(v1, leadOfV1, 1, "\"NONE\""));
    TopicProbe.send(bootstrap, Topics.REFERRAL_EVENTS, leadOfV2, omission(v2, leadOfV2, 2, "null"));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> entriesFor("PROC-310117", v1) == 1 && entriesFor("PROC-310117", v2) == 1);
    JsonNode delivered =
        json.readTree(
            jdbc.queryForObject(
                "select event from inbox_entry where unit = 'PROC-310117' and event_id = ?::uuid",
                String.class,
                v2));
    assertThat(delivered.get("schemaversion").asInt()).isEqualTo(2);
    assertThat(delivered.get("data").get("caseNumber").isNull()).isTrue();
  }
}
