package cn.gov.sh.tradesecret.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.infra.KafkaBroker;
import cn.gov.sh.tradesecret.support.SupportTestApplication;
import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's guarantees, on a real PostgreSQL and a Kafka broker of this test's own (it is
 * stopped and restarted here).
 */
@SpringBootTest(classes = SupportTestApplication.class)
@Import({PlatformTestInfrastructure.class, OutboxIT.OwnBroker.class})
class OutboxIT {

  static final KafkaBroker broker = EmbeddedInfrastructure.startBroker("outbox-it-kafka");

  @TestConfiguration(proxyBeanMethods = false)
  static class OwnBroker {
    @Bean
    @Primary
    KafkaConnectionDetails ownBroker() {
      return () -> List.of(broker.bootstrapServers());
    }
  }

  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired OutboxProperties properties;
  @Autowired Tracer tracer;

  static LeadRegistered lead(String leadId) {
    return new LeadRegistered(
        leadId,
        "310117",
        "MR-310117",
        "COMPLAINT",
        "Acme",
        new BigDecimal("1.00"),
        TestClock.now());
  }

  int outboxRows(String key) {
    return jdbc.queryForObject(
        "select count(*) from outbox_event where message_key = ?", Integer.class, key);
  }

  boolean published(String key) {
    return jdbc.queryForObject(
        "select bool_and(published_at is not null) from outbox_event where message_key = ?",
        Boolean.class,
        key);
  }

  @Test
  void eventIsNotPublishedWhenItsTransactionRollsBack() {
    String rolledBack = "rolled-back-" + UUID.randomUUID();
    String committed = "committed-" + UUID.randomUUID();

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      outbox.append(lead(rolledBack));
                      throw new IllegalStateException(
                          "the business rule failed after the event was recorded");
                    }))
        .isInstanceOf(IllegalStateException.class);
    transaction.executeWithoutResult(status -> outbox.append(lead(committed)));

    assertThat(outboxRows(rolledBack)).isZero();
    try (TopicProbe caseEvents = new TopicProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
      caseEvents.await(r -> committed.equals(r.key()), Duration.ofSeconds(30));
      assertThat(caseEvents.drain(Duration.ofSeconds(1)))
          .extracting(ConsumerRecord::key)
          .doesNotContain(rolledBack);
    }
  }

  @Test
  void eventCommittedWhileTheBrokerIsDownArrivesWhenItIsBack() {
    String key = "while-down-" + UUID.randomUUID();
    broker.stop();
    try {
      transaction.executeWithoutResult(status -> outbox.append(lead(key)));

      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> !published(key));
    } finally {
      broker.start();
    }

    try (TopicProbe caseEvents = new TopicProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
      ConsumerRecord<String, String> event =
          caseEvents.await(r -> key.equals(r.key()), Duration.ofSeconds(60));
      assertThat(event.value()).contains("\"type\":\"LeadRegistered\"");
      assertThat(
              new String(
                  event.headers().lastHeader("content-type").value(), StandardCharsets.US_ASCII))
          .as("CloudEvents structured mode")
          .isEqualTo("application/cloudevents+json; charset=UTF-8");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> published(key));
  }

  @Test
  void anEventCarriesTheTraceContextOfTheRequestThatCausedIt() {
    String key = "traced-" + UUID.randomUUID();
    Span request = tracer.nextSpan().name("POST /api/leads").start();
    try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
      transaction.executeWithoutResult(status -> outbox.append(lead(key)));
    } finally {
      request.end();
    }

    try (TopicProbe caseEvents = new TopicProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
      ConsumerRecord<String, String> event =
          caseEvents.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
      assertThat(
              new String(
                  event.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII))
          .isEqualTo(
              "00-"
                  + request.context().traceId()
                  + "-"
                  + request.context().spanId()
                  + (Boolean.TRUE.equals(request.context().sampled()) ? "-01" : "-00"));
    }
  }

  @Test
  void appendingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> outbox.append(lead("no-transaction")))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(outboxRows("no-transaction")).isZero();
  }

  @Test
  void anEventWithoutAFieldItsContractRequiresFailsItsChangeAndIsNeverStored() {
    String key = "incomplete-" + UUID.randomUUID();
    LeadRegistered withoutDistrict =
        new LeadRegistered(
            key, null, "MR-310117", "COMPLAINT", "Acme", BigDecimal.ONE, TestClock.now());

    assertThatThrownBy(
            () -> transaction.executeWithoutResult(status -> outbox.append(withoutDistrict)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("district");
    assertThat(outboxRows(key)).isZero();
  }

  @Test
  void eventsOfOneAggregateArriveInTheOrderTheyWereCommitted() {
    String key = "ordered-" + UUID.randomUUID();
    List<String> written =
        IntStream.range(0, 30)
            .mapToObj(i -> transaction.execute(status -> outbox.append(lead(key)).id()))
            .toList();

    try (TopicProbe caseEvents = new TopicProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
      caseEvents.await(
          r -> r.value().contains(written.get(written.size() - 1)), Duration.ofSeconds(30));
      List<String> received =
          caseEvents.drain(Duration.ZERO).stream()
              .filter(r -> key.equals(r.key()))
              .map(ConsumerRecord::value)
              .map(value -> written.stream().filter(value::contains).findFirst().orElseThrow())
              .distinct()
              .toList();
      assertThat(received).containsExactlyElementsOf(written);
    }
  }

  @Test
  void relaysOfSeveralInstancesPublishEachEventOnce() {
    String key = "instances-" + UUID.randomUUID();
    List<String> written =
        transaction.execute(
            status ->
                IntStream.range(0, 300).mapToObj(i -> outbox.append(lead(key)).id()).toList());
    // Two more instances' relays race the application's own one on the same database.
    List<OutboxRelay> others =
        List.of(
            new OutboxRelay(jdbc, transaction, kafka, properties),
            new OutboxRelay(jdbc, transaction, kafka, properties));
    CompletableFuture.allOf(
            others.stream()
                .map(
                    relay ->
                        CompletableFuture.runAsync(
                            () -> IntStream.range(0, 5).forEach(i -> relay.publishBatch())))
                .toArray(CompletableFuture[]::new))
        .join();

    await().atMost(Duration.ofSeconds(30)).until(() -> published(key));
    try (TopicProbe caseEvents = new TopicProbe(broker.bootstrapServers(), Topics.CASE_EVENTS)) {
      caseEvents.await(
          r -> r.value().contains(written.get(written.size() - 1)), Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> received =
          caseEvents.drain(Duration.ofSeconds(1)).stream()
              .filter(r -> key.equals(r.key()))
              .toList();
      assertThat(received).hasSize(written.size());
    }
  }
}
