package cn.gov.sh.tradesecret.notifications;

import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.KafkaClients;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a benchmark harness, run by {@code benchmarks/notification-delivery.sh} (its name
 * matches neither {@code *Test} nor {@code *IT}, so {@code verify} skips it). In one run, on the
 * same broker, after a warm-up of both paths, in rounds: (1) the baseline, the bare Kafka
 * produce-to-consume round trip at the given rate and a database commit; (2) the whole path,
 * publish on case-events -> consumed, stored, routed to inboxes and queued -> signed webhook POST
 * received by a local receiver, at the same rate. Last, a burst, unthrottled, for the most
 * deliveries per second. Settings: {@code bench.events} per phase (2000), {@code bench.rate}
 * (200/s), {@code bench.rounds} (3), {@code bench.warmup} in seconds (120).
 */
@Tag("benchmark")
class WebhookDeliveryBenchmark extends NotificationIntegrationTest {

  static final int EVENTS = Integer.getInteger("bench.events", 2000);
  static final int RATE = Integer.getInteger("bench.rate", 200);

  /**
   * Records sent before a paced phase's measured ones, not measured: at the start of a phase the
   * bare path stalled for half a second (a new consumer and producer), delaying its first 40-150
   * records by up to 360 ms, which alone made its p99. Both paths skip the same second.
   */
  static final int SETTLE = RATE;

  static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 120);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");
  static final boolean PROFILE = Boolean.getBoolean("bench.profile");

  final List<String> breakdown = new ArrayList<>();

  Map<String, Object> consumerConfig() {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(bootstrapServers()));
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    return config;
  }

  KafkaProducer<String, String> producer() {
    Map<String, Object> config = new HashMap<>(KafkaClients.admin(bootstrapServers()));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return new KafkaProducer<>(config);
  }

  /**
   * Sends {@code count} records at {@code rate} per second (0: as fast as possible), remembering
   * when.
   */
  static void paced(int count, int rate, java.util.function.IntConsumer send) {
    long start = System.nanoTime();
    long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      send.accept(i);
    }
  }

  record Figures(
      String name,
      int count,
      double perSecond,
      double p50Millis,
      double p99Millis,
      double maxMillis) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-34s n=%5d  %8.1f/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms",
          name,
          count,
          perSecond,
          p50Millis,
          p99Millis,
          maxMillis);
    }
  }

  static Figures figures(String name, List<Long> latenciesNanos, long firstNanos, long lastNanos) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    Collections.sort(sorted);
    double seconds = (lastNanos - firstNanos) / 1e9;
    return new Figures(
        name,
        sorted.size(),
        seconds <= 0 ? 0 : sorted.size() / seconds,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  static double percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }

  Figures bareKafka(String name, int events, String payload) throws Exception {
    String topic = "bench-baseline-" + UUID.randomUUID();
    try (AdminClient admin = AdminClient.create(KafkaClients.admin(bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
    }
    Map<String, Long> sent = new ConcurrentHashMap<>();
    Map<String, Long> received = new ConcurrentHashMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig());
        KafkaProducer<String, String> producer = producer()) {
      consumer.subscribe(List.of(topic));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      producer.partitionsFor(topic);
      Thread poller =
          new Thread(
              () -> {
                while (received.size() < SETTLE + events) {
                  for (ConsumerRecord<String, String> record :
                      consumer.poll(Duration.ofMillis(50))) {
                    received.putIfAbsent(record.key(), System.nanoTime());
                  }
                }
              });
      poller.start();
      paced(
          SETTLE + events,
          RATE,
          i -> {
            String key = "k-" + i;
            if (i >= SETTLE) {
              sent.put(key, System.nanoTime());
            }
            producer.send(new ProducerRecord<>(topic, key, payload));
          });
      poller.join(Duration.ofMinutes(2).toMillis());
    }
    return summarize(name, sent, received);
  }

  Figures throughTheService(String name, WebhookReceiver.Hook hook, int events, int rate) {
    Map<String, Long> sent = new ConcurrentHashMap<>();
    List<EventEnvelope<LeadRegistered>> published = new ArrayList<>();
    // what earlier phases received is not kept: tens of thousands of requests with their bodies had
    // made the garbage
    // collector mark the heap every few seconds (a 300-500 ms concurrent cycle on one of the two
    // cores, then a pause)
    hook.received.clear();
    Thread diagnostics = EXPLAIN ? diagnose(name) : null;
    if (EXPLAIN) {
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.execute("select pg_stat_statements_reset()");
    }
    int settle = rate == 0 ? 0 : SETTLE;
    try (KafkaProducer<String, String> producer = producer()) {
      producer.partitionsFor(Topics.CASE_EVENTS);
      paced(
          settle + events,
          rate,
          i -> {
            // made when published, so that its time (event time -> stored, below) is the publish
            // time
            EventEnvelope<LeadRegistered> event = NotificationTestData.leadRegistered("310117");
            String body = json.writeValueAsString(event);
            if (i >= settle) {
              published.add(event);
              sent.put(event.id(), System.nanoTime());
            }
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, event.subject(), body));
          });
    }
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> hook.received.size() >= settle + events);
    if (diagnostics != null) {
      diagnostics.interrupt();
      statementStatistics(name);
    }
    breakdown.add(
        name
            + ": "
            + jdbc.queryForObject(
                """
        select format('routed (event time -> stored) p50 %s ms p99 %s ms; queued (stored -> 2xx) p50 %s ms p99 %s ms',
          round(percentile_cont(0.5) within group (order by extract(epoch from h.received_at - h.occurred_at) * 1000)),
          round(percentile_cont(0.99) within group (order by extract(epoch from h.received_at - h.occurred_at) * 1000)),
          round(percentile_cont(0.5) within group (order by extract(epoch from d.delivered_at - d.created_at) * 1000)),
          round(percentile_cont(0.99) within group (order by extract(epoch from d.delivered_at - d.created_at) * 1000)))
        from event_history h join delivery d on d.event_id = h.event_id
        where h.event_id::text = any(?)""",
                String.class,
                (Object) published.stream().map(EventEnvelope::id).toArray(String[]::new)));
    Map<String, Long> received = new ConcurrentHashMap<>();
    hook.received.forEach(r -> received.putIfAbsent(r.eventId(), r.receivedNanos()));
    if (EXPLAIN) {
      latencyTimeline(name, sent, received);
    }
    return summarize(name, sent, received);
  }

  /**
   * With {@code -Dbench.explain=true}: every 2 s while a phase runs, the plan and timing of the
   * delivery workers' claim (EXPLAIN ANALYZE) and what the database sessions wait on, into {@code
   * target/benchmark-diagnostics.txt}.
   */
  Thread diagnose(String phase) {
    Thread thread =
        new Thread(
            () -> {
              try {
                var field =
                    Class.forName("cn.gov.sh.tradesecret.notifications.delivery.DeliveryStatements")
                        .getDeclaredField("CLAIM");
                field.setAccessible(true);
                String claim = (String) field.get(null);
                while (!Thread.currentThread().isInterrupted()) {
                  StringBuilder out =
                      new StringBuilder(
                          "== "
                              + phase
                              + " pending "
                              + jdbc.queryForObject(
                                  "select count(*) from delivery where status = 'PENDING'",
                                  Long.class)
                              + "\n");
                  jdbc.queryForList(
                          "explain (analyze, buffers, costs off) "
                              + claim.replace("limit ?", "limit 64"),
                          String.class)
                      .forEach(line -> out.append(line).append('\n'));
                  jdbc.queryForList(
                          """
              select coalesce(wait_event_type, 'CPU') || ' ' || coalesce(wait_event, '-') || ' ' || state || ' '
                     || regexp_replace(left(query, 60), '\\s+', ' ', 'g')
              from pg_stat_activity where datname = current_database() and state <> 'idle'
                and pid <> pg_backend_pid()""",
                          String.class)
                      .forEach(line -> out.append("  ").append(line).append('\n'));
                  appendDiagnostics(out);
                  Thread.sleep(2000);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (Exception e) {
                System.err.println("diagnostics stopped: " + e);
              }
            },
            "benchmark-diagnostics");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Each event's publish time (wall clock, to set beside GC and database logs) and latency, for
   * finding what a phase's slowest events have in common, into {@code
   * target/latencies-<phase>.csv}.
   */
  @RealTime("publish times are set beside GC and database logs, which are in wall-clock time")
  static void latencyTimeline(String phase, Map<String, Long> sent, Map<String, Long> received) {
    long wallMinusNano = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    StringBuilder csv = new StringBuilder("published_at_epoch_ms,latency_ms\n");
    sent.forEach(
        (id, at) -> {
          Long got = received.get(id);
          if (got != null) {
            csv.append((at + wallMinusNano) / 1_000_000L)
                .append(',')
                .append((got - at) / 1e6)
                .append('\n');
          }
        });
    try {
      Files.writeString(
          Path.of("target", "latencies-" + phase.replaceAll("[^A-Za-z0-9]+", "-") + ".csv"), csv);
    } catch (IOException e) {
      System.err.println("latencies not written: " + e);
    }
  }

  /**
   * The statements of a phase that took the database's time, most first, into the diagnostics file.
   */
  void statementStatistics(String phase) {
    StringBuilder out =
        new StringBuilder("== statements of " + phase + ": calls, total ms, mean ms, rows\n");
    jdbc.queryForList(
            """
        select format('%8s %9s %7s %8s  %s', calls, round(total_exec_time::numeric), round(mean_exec_time::numeric, 3),
                      rows, regexp_replace(left(query, 110), '\\s+', ' ', 'g'))
        from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
        order by total_exec_time desc limit 20""",
            String.class)
        .forEach(line -> out.append(line).append('\n'));
    try {
      appendDiagnostics(out);
    } catch (IOException e) {
      System.err.println("statement statistics not written: " + e);
    }
  }

  static void appendDiagnostics(CharSequence text) throws IOException {
    Files.writeString(
        Path.of("target", "benchmark-diagnostics.txt"),
        text,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * The other part of the baseline: a commit on the service's database, as the routing transaction
   * makes one on the path (one small insert per transaction, paced at the same rate).
   */
  Figures databaseCommits(int events, int rate) {
    jdbc.execute(
        "create table if not exists bench_commit (id uuid primary key, at timestamptz not null)");
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long first = System.nanoTime();
    paced(
        events,
        rate,
        i -> {
          long start = System.nanoTime();
          jdbc.update("insert into bench_commit (id, at) values (?, now())", UUID.randomUUID());
          latencies.add(System.nanoTime() - start);
        });
    jdbc.execute("drop table bench_commit");
    return figures("database commit (insert)", latencies, first, System.nanoTime());
  }

  static Figures summarize(String name, Map<String, Long> sent, Map<String, Long> received) {
    List<Long> latencies = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Map.Entry<String, Long> receipt : received.entrySet()) {
      Long at = sent.get(receipt.getKey());
      if (at != null) {
        latencies.add(receipt.getValue() - at);
        first = Math.min(first, receipt.getValue());
        last = Math.max(last, receipt.getValue());
      }
    }
    return figures(name, latencies, first, last);
  }

  /**
   * One round: the baseline (bare Kafka, a database commit) and the service, one after the other.
   */
  record Round(Figures kafka, Figures commit, Figures service) {
    double allowedP99() {
      return 3 * (kafka.p99Millis() + commit.p99Millis());
    }

    /** The service's p99 over the baseline's (bare Kafka + database commit), the target's ratio. */
    double p99Ratio() {
      return service.p99Millis() / (kafka.p99Millis() + commit.p99Millis());
    }

    boolean met() {
      return service.p99Millis() <= allowedP99();
    }

    String report(int number) {
      return String.join(
          System.lineSeparator(),
          "round " + number,
          "  " + kafka,
          "  " + commit,
          "  " + service,
          String.format(
              Locale.ROOT,
              "  ratio p50 %.1fx, p99 %.1fx (service / bare Kafka); p99 %.1fx (service / bare"
                  + " Kafka + database commit); target p99 <= %.1f ms: %s",
              service.p50Millis() / kafka.p50Millis(),
              service.p99Millis() / kafka.p99Millis(),
              p99Ratio(),
              allowedP99(),
              met() ? "met" : "not met"));
    }
  }

  /**
   * Warms both paths up (the JIT of three JVMs on the same cores would otherwise be measured), then
   * measures the baseline and the service in turns, so that both see the same state of the host;
   * each round gives its own ratio. Last, a burst.
   */
  @Test
  void measure() throws Exception {
    WebhookReceiver.Hook hook =
        RECEIVER.newHook().answering(r -> WebhookReceiver.Answer.status(204));
    songjiangCaseSystem(hook);
    String samplePayload = json.writeValueAsString(NotificationTestData.leadRegistered("310117"));

    System.out.printf("warming up for %d s%n", WARM_UP_SECONDS);
    throughTheService("warm-up", hook, WARM_UP_SECONDS * RATE, RATE);
    bareKafka("bare Kafka warm-up", 5 * RATE, samplePayload);
    List<Round> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      System.out.printf("round %d of %d%n", round, ROUNDS);
      Figures kafka = bareKafka("bare Kafka produce->consume", EVENTS, samplePayload);
      Figures commit = databaseCommits(EVENTS, RATE);
      String name = "publish -> webhook, round " + round;
      Figures service =
          round == ROUNDS && PROFILE
              ? profiled(() -> throughTheService(name, hook, EVENTS, RATE))
              : throughTheService(name, hook, EVENTS, RATE);
      rounds.add(new Round(kafka, commit, service));
    }
    Figures burst = throughTheService("burst (unthrottled) -> webhook", hook, EVENTS, 0);

    List<String> lines =
        new ArrayList<>(
            List.of(
                "notification-service webhook benchmark: "
                    + EVENTS
                    + " events per phase, "
                    + RATE
                    + "/s, "
                    + ROUNDS
                    + " rounds after "
                    + WARM_UP_SECONDS
                    + " s of warm-up, "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores, payload "
                    + samplePayload.length()
                    + " B"));
    for (int i = 0; i < rounds.size(); i++) {
      lines.add(rounds.get(i).report(i + 1));
    }
    lines.add(burst.toString());
    lines.addAll(breakdown);
    List<Double> ratios = rounds.stream().map(Round::p99Ratio).sorted().toList();
    lines.add(
        String.format(
            Locale.ROOT,
            "p99 / (bare Kafka p99 + commit p99): median %.1fx (%.1fx-%.1fx); target"
                + " (3x) met in %d of %d rounds",
            ratios.get(ratios.size() / 2),
            ratios.get(0),
            ratios.get(ratios.size() - 1),
            rounds.stream().filter(Round::met).count(),
            rounds.size()));
    String report = String.join(System.lineSeparator(), lines);
    System.out.println(System.lineSeparator() + report + System.lineSeparator());
    try {
      Files.writeString(Path.of("target", "benchmark.txt"), report + System.lineSeparator());
    } catch (IOException e) {
      // the figures are on the console anyway
    }
  }

  /**
   * With {@code -Dbench.profile=true}: a flight recording of the last round's service phase,
   * target/benchmark.jfr.
   */
  static Figures profiled(java.util.concurrent.Callable<Figures> phase) throws Exception {
    try (jdk.jfr.Recording recording =
        new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
      recording.start();
      Figures figures = phase.call();
      recording.stop();
      recording.dump(Path.of("target", "benchmark.jfr"));
      return figures;
    }
  }
}
