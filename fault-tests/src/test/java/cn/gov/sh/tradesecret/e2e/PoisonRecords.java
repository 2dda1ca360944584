package cn.gov.sh.tradesecret.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no producer of the platform writes, put on every partition of every domain topic as a
 * broken or foreign producer could: not JSON, an event without its required fields, a version no
 * consumer reads, a type no consumer knows.
 */
final class PoisonRecords {

  enum Kind {
    NOT_JSON,
    MISSING_REQUIRED_FIELDS,
    UNKNOWN_VERSION,
    UNKNOWN_TYPE;

    /** Whether consumers must dead-letter it (an unknown type is a newer producer's: skipped). */
    boolean malformed() {
      return this != UNKNOWN_TYPE;
    }
  }

  /** A poison record as written: where it landed, and the subject it claims. */
  record Written(String topic, int partition, long offset, Kind kind, String subject) {
    String position() {
      return topic + "-" + partition + "@" + offset;
    }
  }

  /** Each domain topic, a type of it whose contract requires fields, and who consumes it. */
  static final Map<String, String> TYPE_OF_TOPIC =
      Map.of(
          "case-events", "LeadRegistered",
          "referral-events", "ReferralProposed",
          "pilot-events", "PilotDesignated",
          "notification-events", "InboxEntryRead");

  static final Map<String, Set<String>> CONSUMER_GROUPS =
      Map.of(
          "case-events", Set.of("referral-service", "notification-service", "audit-service-ledger"),
          "referral-events", Set.of("case-service", "notification-service", "audit-service-ledger"),
          "pilot-events", Set.of("case-service", "notification-service", "audit-service-ledger"),
          "notification-events", Set.of("audit-service-ledger"));

  private static final int PARTITIONS = 6;

  private final Map<String, Object> kafka;

  PoisonRecords(Map<String, Object> kafka) {
    this.kafka = kafka;
  }

  /** Writes each kind to each partition of each domain topic. */
  List<Written> write() {
    Map<String, Object> config = new HashMap<>(kafka);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    List<Written> written = new ArrayList<>();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      for (String topic : new TreeSet<>(TYPE_OF_TOPIC.keySet())) {
        for (int partition = 0; partition < PARTITIONS; partition++) {
          for (Kind kind : Kind.values()) {
            String subject =
                "poison-"
                    + kind.name().toLowerCase().replace('_', '-')
                    + "-"
                    + topic
                    + "-"
                    + partition;
            RecordMetadata sent =
                producer
                    .send(
                        new ProducerRecord<>(
                            topic, partition, subject, value(kind, topic, subject)))
                    .get();
            written.add(new Written(topic, partition, sent.offset(), kind, subject));
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("poison records not written", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return written;
  }

  private static String value(Kind kind, String topic, String subject) {
    String envelope =
        """
        {"specversion": "1.0", "id": "%s", "source": "/fault-suite", "type": "%s",
         "subject": "%s", "time": "2026-03-02T01:00:00Z", "datacontenttype": "application/json",
         "schemaversion": %d, "district": "310117", "data": %s}""";
    String id = UUID.randomUUID().toString();
    return switch (kind) {
      case NOT_JSON -> "LeadRegistered " + subject + " <not JSON>";
      case MISSING_REQUIRED_FIELDS ->
          envelope.formatted(id, TYPE_OF_TOPIC.get(topic), subject, 1, "{}");
      case UNKNOWN_VERSION ->
          envelope.formatted(
              id, TYPE_OF_TOPIC.get(topic), subject, 99, "{\"note\": \"a future version\"}");
      case UNKNOWN_TYPE ->
          envelope.formatted(
              id, "FaultSuiteProbeHappened", subject, 1, "{\"note\": \"a newer producer\"}");
    };
  }

  /**
   * Every record on the dead-letter topics of the domain topics and of the audit records so far, by
   * the position it came from ({@code topic-partition@offset}), with the consumer groups that sent
   * it there.
   */
  Map<String, Set<String>> deadLetters() {
    Map<String, Object> config = new HashMap<>(kafka);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    Map<String, Set<String>> groups = new HashMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(
          Stream.concat(TYPE_OF_TOPIC.keySet().stream(), Stream.of("audit-records"))
              .map(topic -> topic + ".DLT")
              .toList());
      int quiet = 0;
      while (quiet < 3) {
        var records = consumer.poll(Duration.ofSeconds(1));
        quiet = records.isEmpty() ? quiet + 1 : 0;
        for (ConsumerRecord<String, String> record : records) {
          String position =
              text(record, "kafka_dlt-original-topic")
                  + "-"
                  + ByteBuffer.wrap(bytes(record, "kafka_dlt-original-partition")).getInt()
                  + "@"
                  + ByteBuffer.wrap(bytes(record, "kafka_dlt-original-offset")).getLong();
          groups
              .computeIfAbsent(position, p -> new TreeSet<>())
              .add(text(record, "kafka_dlt-original-consumer-group"));
        }
      }
    }
    return groups;
  }

  private static byte[] bytes(ConsumerRecord<String, String> record, String header) {
    Header value = record.headers().lastHeader(header);
    return value == null ? new byte[8] : value.value();
  }

  private static String text(ConsumerRecord<String, String> record, String header) {
    Header value = record.headers().lastHeader(header);
    return value == null ? "?" : new String(value.value(), StandardCharsets.UTF_8);
  }
}
