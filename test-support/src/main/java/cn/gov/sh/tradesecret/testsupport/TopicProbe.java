package cn.gov.sh.tradesecret.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads what arrives on a topic, and writes raw records to one: a test's view of the broker, as the
 * platform's admin (see {@link KafkaClients}).
 */
public final class TopicProbe implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  /** Subscribes to {@code topic}, from its beginning. */
  public TopicProbe(String bootstrapServers, String topic) {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(bootstrapServers));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumer = new KafkaConsumer<>(config);
    consumer.subscribe(List.of(topic));
  }

  /** Polls until a record matches, or fails after {@code timeout}. */
  public ConsumerRecord<String, String> await(
      Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> record : poll(Duration.ofMillis(200))) {
        if (matching.test(record)) {
          return record;
        }
      }
    }
    throw new AssertionError("no matching record within " + timeout + "; seen " + seen.size());
  }

  /** Every record seen so far, after polling for {@code duration} more. */
  public List<ConsumerRecord<String, String>> drain(Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) {
      poll(Duration.ofMillis(200));
    }
    return List.copyOf(seen);
  }

  private List<ConsumerRecord<String, String>> poll(Duration duration) {
    List<ConsumerRecord<String, String>> batch = new ArrayList<>();
    consumer.poll(duration).forEach(batch::add);
    seen.addAll(batch);
    return batch;
  }

  /** Sends a raw record, as any producer (or a broken one) could. */
  public static void send(String bootstrapServers, String topic, String key, String value) {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(bootstrapServers));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
