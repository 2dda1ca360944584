package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Routing a poll at a time: records that reach the service together are routed in one transaction,
 * in the order of their partition, each event once, and a malformed one among them goes to the
 * dead-letter topic without holding up the others.
 */
class BatchRoutingIT extends NotificationIntegrationTest {

  /**
   * Sends the records in one produce request per partition, so the service fetches them in one
   * poll.
   */
  void sendTogether(List<ProducerRecord<String, String>> records) {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(bootstrapServers()));
    config.put(ProducerConfig.LINGER_MS_CONFIG, 500);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      records.forEach(producer::send);
      producer.flush();
    }
  }

  ProducerRecord<String, String> record(EventEnvelope<?> event) {
    return new ProducerRecord<>(event.topic(), event.subject(), json.writeValueAsString(event));
  }

  Timestamp routedAt(EventEnvelope<?> event) {
    return jdbc.queryForObject(
        "select received_at from event_history where event_id = ?::uuid",
        Timestamp.class,
        event.id());
  }

  @Test
  void eventsFetchedTogetherAreRoutedOnceEachInOrderInOneTransaction() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    String endpointId =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook).get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "referral-events", endpointId);
    List<String> referrals = new ArrayList<>();
    List<EventEnvelope<?>> proposals = new ArrayList<>();
    List<EventEnvelope<?>> acceptances = new ArrayList<>();
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String referral = "R-" + UUID.randomUUID();
      referrals.add(referral);
      EventEnvelope<?> proposed = NotificationTestData.referralProposed(referral, "310117");
      EventEnvelope<?> accepted = NotificationTestData.referralAccepted(referral, "310117");
      proposals.add(proposed);
      acceptances.add(accepted);
      // each event twice in a row, as a producer retry or a relay that crashed after sending would
      records.addAll(
          List.of(record(proposed), record(proposed), record(accepted), record(accepted)));
    }

    sendTogether(records);
    acceptances.forEach(accepted -> awaitDeliveryStatus(endpointId, accepted.id(), "DELIVERED"));

    for (int i = 0; i < referrals.size(); i++) {
      assertThat(hook.concerning(referrals.get(i)))
          .as("each event once, in order")
          .extracting(r -> json.readTree(r.body()).get("type").asString())
          .containsExactly("ReferralProposed", "ReferralAccepted");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from inbox_entry where event_id = ?::uuid and unit = ?",
                  Integer.class,
                  proposals.get(i).id(),
                  "PROC-310117"))
          .as("one inbox entry")
          .isEqualTo(1);
      assertThat(routedAt(acceptances.get(i)))
          .as("routed in the transaction of the earlier event")
          .isEqualTo(routedAt(proposals.get(i)));
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from delivery where endpoint_id = ?::uuid",
                Integer.class,
                endpointId))
        .as("one message per event")
        .isEqualTo(2 * referrals.size());
  }

  @Test
  void aMalformedMessageAmongOthersIsDeadLetteredAndTheOthersAreRoutedInOrder() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    String endpointId =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook).get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "referral-events", endpointId);
    String referral = "R-" + UUID.randomUUID();
    EventEnvelope<?> proposed = NotificationTestData.referralProposed(referral, "310117");
    EventEnvelope<?> accepted = NotificationTestData.referralAccepted(referral, "310117");
    String poison =
        "{\"type\":\"ReferralProposed\",\"id\":\"not-a-uuid\",\"subject\":\"" + referral + "\"}";

    try (TopicProbe deadLetters =
        new TopicProbe(bootstrapServers(), Topics.deadLetter(Topics.REFERRAL_EVENTS))) {
      sendTogether(
          List.of(
              record(proposed),
              new ProducerRecord<>(Topics.REFERRAL_EVENTS, referral, poison),
              record(accepted)));

      ConsumerRecord<String, String> dead =
          deadLetters.await(r -> poison.equals(r.value()), Duration.ofSeconds(30));
      assertThat(dead.key()).isEqualTo(referral);
    }
    awaitDeliveryStatus(endpointId, accepted.id(), "DELIVERED");
    assertThat(hook.concerning(referral))
        .extracting(r -> json.readTree(r.body()).get("type").asString())
        .containsExactly("ReferralProposed", "ReferralAccepted");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from event_history where subject = ?",
                        Integer.class,
                        referral)
                    == 2);
  }
}
