package cn.gov.sh.tradesecret.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.infra.KafkaBroker;
import cn.gov.sh.tradesecret.infra.PostgresServer;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.outbox.OutboxProperties;
import cn.gov.sh.tradesecret.support.outbox.OutboxRelay;
import cn.gov.sh.tradesecret.support.outbox.TraceContext;
import cn.gov.sh.tradesecret.testsupport.EmbeddedInfrastructure;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a benchmark harness, run by {@code benchmarks/outbox.sh} (its name matches neither
 * {@code *Test} nor {@code *IT}). On the embedded PostgreSQL and Kafka broker of test-support, in
 * rounds: (1) the ceiling, {@code bench.writers} threads committing single-row inserts of an
 * event-sized row, each in its own transaction, for {@code bench.events} rows; (2) the outbox, the
 * same threads writing {@code bench.events} events through service-support's {@link Outbox}, each
 * in its own transaction, while its {@link OutboxRelay} publishes them, until a consumer has
 * received every one: events relayed per second, end to end, and the count of events lost or
 * received twice. Settings: {@code bench.events} (5000), {@code bench.writers} (4), {@code
 * bench.rounds} (3).
 */
@Tag("benchmark")
@RealTime("a benchmark measures elapsed time")
class OutboxBenchmark {

  static final int EVENTS = Integer.getInteger("bench.events", 5000);
  static final int WRITERS = Integer.getInteger("bench.writers", 4);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  /** Where the outbox sends LeadRegistered; the broker is the benchmark's own. */
  static final String TOPIC = Topics.CASE_EVENTS;

  static final Pattern EVENT_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  static HikariDataSource dataSource;
  static DefaultKafkaProducerFactory<String, String> producers;
  static KafkaBroker kafka;

  final List<String> summary = new ArrayList<>();

  @BeforeAll
  static void infrastructure() throws Exception {
    PostgresServer postgres = EmbeddedInfrastructure.postgres();
    postgres.ensureDatabase("outbox_bench");
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.jdbcUrl("outbox_bench"));
    dataSource.setUsername(PostgresServer.USER);
    dataSource.setMaximumPoolSize(WRITERS + 2);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/support").load().migrate();
    new JdbcTemplate(dataSource)
        .execute(
            "create table if not exists commit_probe (id bigserial primary key, payload text not null)");
    kafka = EmbeddedInfrastructure.kafka();
    try (AdminClient admin = AdminClient.create(KafkaClients.admin(kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
    }
    // As the services' producers: every replica acknowledges, idempotent.
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(kafka.bootstrapServers()));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producers = new DefaultKafkaProducerFactory<>(config);
  }

  @AfterAll
  static void close() {
    producers.destroy();
    dataSource.close();
  }

  @Test
  void relayAgainstTheCommitCeiling() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    TransactionTemplate transaction =
        new TransactionTemplate(new JdbcTransactionManager(dataSource));
    KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
    OutboxRelay relay =
        new OutboxRelay(
            jdbc,
            transaction,
            template,
            new OutboxProperties(
                Duration.ofMillis(500),
                200,
                Duration.ofSeconds(15),
                Duration.ofSeconds(1),
                Duration.ofDays(7)));
    Outbox outbox =
        new Outbox(
            jdbc,
            JsonMapper.builder().build(),
            TestClock.suite(),
            "case-service",
            relay,
            // no tracer: events without a trace context, as a request outside any trace
            new TraceContext(new StaticListableBeanFactory().getBeanProvider(Tracer.class)));
    String payload = "x".repeat(420); // about the size of a LeadRegistered envelope
    relay.start();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(TOPIC));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      progress("warm-up: %d rows and %d events, not counted", EVENTS / 5, EVENTS / 5);
      commitCeiling(jdbc, payload, EVENTS / 5);
      throughTheOutbox(outbox, transaction, consumer, EVENTS / 5);
      for (int round = 1; round <= ROUNDS; round++) {
        double ceiling = commitCeiling(jdbc, payload, EVENTS);
        progress("round %d: commit ceiling %.0f rows/s (%d writers)", round, ceiling, WRITERS);
        Relayed relayed = throughTheOutbox(outbox, transaction, consumer, EVENTS);
        progress(
            "round %d: outbox %.0f events/s end to end, %d lost, %d received twice",
            round, relayed.perSecond(), relayed.lost(), relayed.doubled());
        summary.add(
            String.format(
                Locale.ROOT,
                "SUMMARY outbox round %d: relayed %.0f events/s = %.2fx the single-row commit ceiling"
                    + " (%.0f commits/s; the writers committed %.0f events/s = %.2fx), %d events,"
                    + " %d writers, %d lost, %d doubled; load %s",
                round,
                relayed.perSecond(),
                relayed.perSecond() / ceiling,
                ceiling,
                relayed.writtenPerSecond(),
                relayed.writtenPerSecond() / ceiling,
                EVENTS,
                WRITERS,
                relayed.lost(),
                relayed.doubled(),
                load()));
      }
    } finally {
      relay.stop();
    }
    summary.forEach(System.out::println);
    Files.write(Path.of("target", "outbox-benchmark.txt"), summary);
  }

  /** Rows per second, each row its own transaction, {@link #WRITERS} threads. */
  double commitCeiling(JdbcTemplate jdbc, String payload, int rows) throws Exception {
    long start = System.nanoTime();
    inParallel(rows, (i) -> jdbc.update("insert into commit_probe (payload) values (?)", payload));
    return rows / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * @param writtenPerSecond events committed per second by the writers (the relay cannot beat it)
   */
  record Relayed(double perSecond, double writtenPerSecond, int lost, int doubled) {}

  Relayed throughTheOutbox(
      Outbox outbox,
      TransactionTemplate transaction,
      KafkaConsumer<String, String> consumer,
      int events)
      throws Exception {
    Map<String, Boolean> written = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    inParallel(
        events,
        (i) ->
            transaction.executeWithoutResult(
                (status) -> written.put(outbox.append(lead()).id(), Boolean.TRUE)));
    double writtenPerSecond = events / ((System.nanoTime() - start) / 1e9);
    Map<String, Integer> received = new HashMap<>();
    long quietSince = System.nanoTime();
    long lastArrival = start;
    // until every event arrived and nothing more came for 2 s (a double would show up then)
    while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()
        || !received.keySet().containsAll(written.keySet())) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
        Matcher id = EVENT_ID.matcher(record.value());
        if (id.find() && written.containsKey(id.group(1))) {
          received.merge(id.group(1), 1, Integer::sum);
          lastArrival = System.nanoTime();
          quietSince = lastArrival;
        }
      }
      if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
        break;
      }
    }
    int lost = (int) written.keySet().stream().filter((id) -> !received.containsKey(id)).count();
    int doubled = (int) received.values().stream().filter((count) -> count > 1).count();
    assertThat(written).hasSize(events);
    return new Relayed(events / ((lastArrival - start) / 1e9), writtenPerSecond, lost, doubled);
  }

  LeadRegistered lead() {
    return new LeadRegistered(
        UUID.randomUUID().toString(),
        "310117",
        "MR-310117",
        "COMPLAINT",
        "上海某精密机械有限公司",
        new BigDecimal("350000"),
        TestClock.now());
  }

  interface Step {
    void run(int index) throws Exception;
  }

  static void inParallel(int count, Step step) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        done.add(
            threads.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    step.run(i);
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  KafkaConsumer<String, String> consumer() {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(kafka.bootstrapServers()));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-bench-" + UUID.randomUUID());
    // from the start: "latest" was resolved only after the relay had sent the first events; those
    // of
    // earlier rounds are told apart by their ids
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    return new KafkaConsumer<>(config);
  }

  static final long STARTED = System.nanoTime();

  static void progress(String format, Object... arguments) {
    System.out.printf(
        Locale.ROOT,
        "[outbox %5.1fs] %s%n",
        (System.nanoTime() - STARTED) / 1e9,
        String.format(Locale.ROOT, format, arguments));
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
