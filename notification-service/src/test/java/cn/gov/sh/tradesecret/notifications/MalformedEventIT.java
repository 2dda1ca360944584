package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.leadRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * An event that does not meet its contract reaches no one: anyone who can reach Kafka can write a
 * topic (issue 21, finding 2).
 */
class MalformedEventIT extends NotificationIntegrationTest {

  @Autowired ConsumerFactory<?, ?> consumers;

  long rows(String table, String eventId) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where event_id = ?::uuid", Long.class, eventId);
  }

  /**
   * Passes once service-support's EventReader checks an event's required fields against its
   * contract (the lead's part of issue 21): until then a LeadRegistered with empty data is read
   * with every field null and routed.
   */
  @Test
  void aLeadRegisteredWithoutItsFieldsReachesNoInboxNorWebhookAndGoesToTheDeadLetterTopic() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> marker = leadRegistered("310117");
    String id = UUID.randomUUID().toString();
    String poison =
        """
        {"specversion":"1.0","id":"%s","source":"x","type":"LeadRegistered","subject":"L-1",\
        "time":"2026-03-02T01:00:00Z","data":{}}"""
            .formatted(id);

    try (TopicProbe deadLetters =
        new TopicProbe(bootstrapServers(), Topics.deadLetter(Topics.CASE_EVENTS))) {
      // the same key as the marker: one partition, so the marker is routed after the poison
      TopicProbe.send(bootstrapServers(), Topics.CASE_EVENTS, marker.subject(), poison);
      publish(marker);

      ConsumerRecord<String, String> dead =
          deadLetters.await(
              r ->
                  poison.equals(r.value())
                      && consumers
                          .getConfigurationProperties()
                          .get(ConsumerConfig.GROUP_ID_CONFIG)
                          .equals(header(r, "kafka_dlt-original-consumer-group")),
              PATIENCE);
      assertThat(header(dead, "kafka_dlt-exception-message")).isNotBlank();
    }
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                rows("inbox_entry", marker.id()) > 0
                    && !hook.concerning(marker.subject()).isEmpty());

    assertThat(rows("inbox_entry", id)).as("inbox entries").isZero();
    assertThat(rows("delivery", id)).as("webhook messages").isZero();
    assertThat(rows("event_history", id)).as("routed events").isZero();
    assertThat(hook.received).noneMatch(received -> received.body().contains(id));
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
