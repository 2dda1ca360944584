package cn.gov.sh.tradesecret.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.infra.KafkaBroker;
import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Audit records of requests answered while Kafka is down: the gateway's own broker is stopped
 * (really: its process ends), requests are answered, their records wait in the spool on disk, and
 * arrive once each when the broker is back.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.producer.properties.max.block.ms=1000",
      "spring.kafka.producer.properties.request.timeout.ms=1000",
      "spring.kafka.producer.properties.delivery.timeout.ms=3000",
      "platform.gateway.audit.resend-interval=1s"
    })
@Import({GatewayDatabase.class, GatewayAuditSpoolIT.OwnBroker.class})
class GatewayAuditSpoolIT {

  static final String ISSUER = "http://identity.test";

  static final TestTokens tokens = new TestTokens(ISSUER);

  static final RecordingServer identity =
      RecordingServer.start("identity-service").respond("/oauth2/jwks", tokens.jwkSet());

  static final RecordingServer caseService = RecordingServer.start("case-service");

  static final KafkaBroker broker = EmbeddedInfrastructure.startBroker("gateway-audit-spool-kafka");

  static final Path spool = temporaryDirectory();

  @TestConfiguration(proxyBeanMethods = false)
  static class OwnBroker {
    @Bean
    @Primary
    KafkaConnectionDetails ownBroker() {
      return () -> List.of(broker.bootstrapServers());
    }
  }

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("PLATFORM_ISSUER_URI", () -> ISSUER);
    registry.add("PLATFORM_JWK_SET_URI", () -> identity.url("/oauth2/jwks"));
    registry.add("CASE_SERVICE_URI", caseService::url);
    registry.add("platform.gateway.audit.spool-directory", spool::toString);
    registry.add("KAFKA_PASSWORD", () -> KafkaClients.password("gateway"));
  }

  @AfterAll
  static void stopServers() {
    identity.stop();
    caseService.stop();
    broker.close();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired MeterRegistry meters;

  @LocalServerPort int port;

  @Test
  void recordsOfRequestsAnsweredWhileKafkaIsDownAreSpooledAndArriveOnceWhenItIsBack()
      throws Exception {
    List<String> leads =
        IntStream.range(0, 20).mapToObj((i) -> UUID.randomUUID().toString()).toList();
    broker.stop();
    try {
      for (String lead : leads) {
        assertThat(post("/api/leads/" + lead).statusCode()).isEqualTo(200);
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> spooled().size() == 20);
      assertThat(leads)
          .allSatisfy(
              (lead) -> assertThat(spooled()).filteredOn((line) -> line.contains(lead)).hasSize(1));
      assertThat(pending()).isEqualTo(20);
    } finally {
      broker.start();
    }

    try (TopicProbe audit = new TopicProbe(broker.bootstrapServers(), Topics.AUDIT_RECORDS)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> arrivals(audit.drain(Duration.ofMillis(500)), leads).size() == 20);
      assertThat(arrivals(audit.drain(Duration.ofSeconds(3)), leads))
          .hasSize(20)
          .allSatisfy((lead, count) -> assertThat(count).isOne());
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
    assertThat(spooled()).isEmpty();
  }

  private List<String> spooled() throws IOException {
    Path file = spool.resolve("audit-records.jsonl");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  /** How often each lead's record was seen. */
  private static Map<String, Long> arrivals(
      List<ConsumerRecord<String, String>> records, List<String> leads) {
    return records.stream()
        .map(ConsumerRecord::value)
        .flatMap((value) -> leads.stream().filter(value::contains))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private double pending() {
    return meters.get("gateway.audit.pending").gauge().value();
  }

  private HttpResponse<String> post(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + tokens.officer())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("gateway-audit-spool");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
