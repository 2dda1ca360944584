package cn.gov.sh.tradesecret.support.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.infra.KafkaBroker;
import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.InfrastructureMode;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reaching the broker is not enough to write on it: a client needs a password of the platform, and
 * an application writes only the topics it owns and the dead-letter topics of what it reads.
 */
class BrokerAccessIT {

  static String bootstrap;

  @BeforeAll
  static void broker() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        InfrastructureMode.current() == InfrastructureMode.EMBEDDED,
        "the embedded broker's access rules");
    KafkaBroker broker = EmbeddedInfrastructure.kafka();
    bootstrap = broker.bootstrapServers();
  }

  static void send(Map<String, Object> client, String topic) throws Exception {
    Map<String, Object> config = new HashMap<>(client);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(topic, "k", "{}")).get();
    }
  }

  @Test
  void aClientWithoutCredentialsCannotWrite() {
    assertThatThrownBy(() -> send(Map.of("bootstrap.servers", bootstrap), Topics.CASE_EVENTS))
        .as("a plaintext client is never let in")
        .isNotNull();
  }

  @Test
  void aWrongPasswordIsRefused() {
    Map<String, Object> forged = new HashMap<>(KafkaClients.as("case-service", bootstrap));
    forged.put(
        SaslConfigs.SASL_JAAS_CONFIG,
        "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"case-service\" password=\"guessed\";");

    assertThatThrownBy(() -> send(forged, Topics.CASE_EVENTS))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void anApplicationWritesItsOwnTopicOnly() throws Exception {
    send(KafkaClients.as("case-service", bootstrap), Topics.CASE_EVENTS);

    assertThatThrownBy(
            () -> send(KafkaClients.as("referral-service", bootstrap), Topics.CASE_EVENTS))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> send(KafkaClients.as("gateway", bootstrap), Topics.REFERRAL_EVENTS))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void aConsumerDeadLettersWhatItReadsButNothingElse() throws Exception {
    send(KafkaClients.as("notification-service", bootstrap), Topics.deadLetter(Topics.CASE_EVENTS));

    assertThatThrownBy(
            () ->
                send(
                    KafkaClients.as("notification-service", bootstrap),
                    Topics.deadLetter(Topics.AUDIT_RECORDS)))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void anApplicationReadsOnlyTheTopicsItConsumes() {
    Map<String, Object> config = new HashMap<>(KafkaClients.as("case-service", bootstrap));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "case-service-" + UUID.randomUUID());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(Topics.AUDIT_RECORDS));

      assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
          .isInstanceOf(TopicAuthorizationException.class);
    }
  }
}
