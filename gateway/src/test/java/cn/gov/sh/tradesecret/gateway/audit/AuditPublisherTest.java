package cn.gov.sh.tradesecret.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher with a real Kafka producer pointed at a port where no broker listens: the producer
 * never gets the topic's metadata, so every send fails at once (after {@code max.block.ms}), as
 * when the broker is killed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditPublisherTest {

  @TempDir Path directory;

  private final JsonMapper json = JsonMapper.builder().build();

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private final DefaultKafkaProducerFactory<String, String> producers =
      new DefaultKafkaProducerFactory<>(
          Map.of(
              ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
              "127.0.0.1:" + closedPort(),
              ProducerConfig.MAX_BLOCK_MS_CONFIG,
              500,
              ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
              StringSerializer.class,
              ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
              StringSerializer.class));

  @AfterEach
  void closeProducer() {
    producers.destroy();
  }

  @Test
  void recordsKafkaRefusesAtOnceAreSpooledAndCountedAsPending() throws Exception {
    AuditSpool spool = new AuditSpool(directory);
    AuditPublisher publisher = publisher(spool);
    List<AuditRecord> records =
        IntStream.range(0, 5).mapToObj((i) -> record("/api/leads")).toList();

    records.forEach(publisher::publish);

    await().atMost(Duration.ofSeconds(20)).until(() -> spool.size() == 5);
    assertThat(spool.records())
        .map((line) -> json.readValue(line, AuditRecord.class))
        .containsExactlyInAnyOrderElementsOf(records);
    assertThat(meters.get(AuditPublisher.PENDING).gauge().value()).isEqualTo(5.0);
  }

  @Test
  void resendingWhileKafkaIsStillAwayKeepsEveryRecord() throws Exception {
    AuditSpool spool = new AuditSpool(directory);
    spool.append(json.writeValueAsString(record("/api/leads")));
    spool.append(json.writeValueAsString(record("/api/cases")));

    publisher(spool).resend();

    assertThat(spool.records()).hasSize(2);
  }

  @Test
  void aRecordNeitherSentNorSpooledIsLoggedWholeAsAnError(CapturedOutput output) throws Exception {
    Path notADirectory = Files.createFile(directory.resolve("occupied"));
    AuditSpool spool = new AuditSpool(notADirectory);
    AuditRecord record = record("/api/cases/" + "a".repeat(20_000));

    publisher(spool).publish(record);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> output.getOut().contains("Audit record neither sent nor spooled"));
    assertThat(output.getOut()).contains(json.writeValueAsString(record));
  }

  private AuditPublisher publisher(AuditSpool spool) {
    return new AuditPublisher(new KafkaTemplate<>(producers), spool, json, meters);
  }

  private static AuditRecord record(String path) {
    return new AuditRecord(
        UUID.randomUUID().toString(),
        "songjiang-officer",
        "MR-310117",
        "MARKET_REGULATION",
        "POST",
        path,
        "leads",
        List.of(),
        201,
        "SUCCEEDED",
        "127.0.0.1",
        UUID.randomUUID().toString(),
        TestClock.now());
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
