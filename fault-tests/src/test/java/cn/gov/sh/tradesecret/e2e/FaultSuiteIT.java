package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.e2e.Arrivals.Count;
import cn.gov.sh.tradesecret.e2e.LeadRegistrations.Phase;
import cn.gov.sh.tradesecret.e2e.LeadRegistrations.Registration;
import cn.gov.sh.tradesecret.e2e.PoisonRecords.Written;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The fault suite (issue 21): the whole platform as {@code ./platform up} starts it, officers
 * registering leads through the gateway while a fault strikes, then every registration counted
 * where it must have arrived ({@link Arrivals}). Fails on a loss, on an effect applied twice, and
 * on a 5xx outside the fault. Each scenario prints its counts and how long recovery took.
 *
 * <p>In the package of e2e-tests' {@link LocalPlatform} and {@link Gateway}, which it reuses from
 * that module's test jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RealTime("kills real processes, holds a fault for real seconds and measures the recovery")
class FaultSuiteIT {

  private static final Path HOME = Path.of("target", "platform-home").toAbsolutePath();
  private static final Duration FAULT_HELD = Duration.ofSeconds(5);
  private static final Duration CATCH_UP = Duration.ofSeconds(180);

  private Gateway gateway;
  private PlatformProcesses processes;
  private WebhookReceiver receiver;
  private Arrivals arrivals;
  private final List<Written> poison = new ArrayList<>();
  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void startThePlatformAndAnAgencysReceiver() {
    LocalPlatform platform = new LocalPlatform(HOME);
    long started = System.nanoTime();
    LocalPlatform.Result up = platform.run(900, "up");
    if (up.exitCode() != 0) {
      platform.run(120, "down");
    }
    assertThat(up.exitCode()).as("./platform up").isZero();
    report("platform up in %s", since(started));
    gateway = new Gateway(platform);
    processes = new PlatformProcesses(platform, HOME);
    receiver = new WebhookReceiver();
    arrivals = new Arrivals(processes, receiver);

    String officer = gateway.tokenOf("songjiang-officer");
    HttpResponse<String> endpoint =
        gateway.call(
            "POST",
            "/api/webhook-endpoints",
            officer,
            "{\"url\": \"" + receiver.url() + "\", \"description\": \"fault suite receiver\"}");
    assertThat(endpoint.statusCode()).as(endpoint.body()).isEqualTo(201);
    JsonNode registered = JSON.readTree(endpoint.body());
    receiver.secret(registered.get("secret").asString());
    HttpResponse<String> subscription =
        gateway.call(
            "POST",
            "/api/subscriptions",
            officer,
            "{\"eventSelector\": \"case-events\", \"channel\": \"WEBHOOK\", \"endpointId\": \""
                + registered.get("endpoint").get("id").asString()
                + "\"}");
    assertThat(subscription.statusCode()).as(subscription.body()).isEqualTo(201);
  }

  @AfterAll
  void stopThePlatform() {
    report.forEach(line -> System.out.println("[fault suite] " + line));
    if (receiver != null) {
      receiver.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  @Order(1)
  void poisonRecordsOnEveryDomainTopicAreDeadLetteredAndReachNoInboxWebhookOrLedger() {
    long started = System.nanoTime();
    PoisonRecords records = new PoisonRecords(processes.kafkaAdmin());
    poison.addAll(records.write());
    // valid events behind the poison on every partition still arrive
    LeadRegistrations load = new LeadRegistrations(gateway, "after-poison").start(2);
    await().atMost(Duration.ofSeconds(60)).until(() -> load.acceptedSoFar() >= 12);
    Count behind = settled("after-poison", load.finish(Duration.ofSeconds(60)), started);

    List<Written> malformed = poison.stream().filter(w -> w.kind().malformed()).toList();
    List<Written> unknownType = poison.stream().filter(w -> !w.kind().malformed()).toList();
    await()
        .atMost(CATCH_UP)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              Map<String, Set<String>> deadLetters = records.deadLetters();
              return malformed.stream()
                  .allMatch(
                      w ->
                          deadLetters
                              .getOrDefault(w.position(), Set.of())
                              .containsAll(PoisonRecords.CONSUMER_GROUPS.get(w.topic())));
            });
    Map<String, Set<String>> deadLetters = records.deadLetters();
    Set<String> refused = refusedByTheLedger();
    Set<String> subjects = poison.stream().map(Written::subject).collect(Collectors.toSet());
    long inLedger =
        count("audit_service", "select count(*) from ledger_entry where subject like 'poison-%'");
    long unknownInLedger =
        count(
            "audit_service",
            "select count(*) from ledger_entry where subject like 'poison-unknown-type-%' and event_type = 'FaultSuiteProbeHappened'");
    long inInbox =
        count(
            "notification_service",
            "select count(*) from inbox_entry where subject like 'poison-%'");
    long inHistory =
        count(
            "notification_service",
            "select count(*) from event_history where subject like 'poison-%'");
    long atReceiver =
        receiver.received().stream().filter(w -> subjects.contains(w.subject())).count();
    long refusedMalformed = malformed.stream().filter(w -> refused.contains(w.position())).count();
    long unknownDeadLettered =
        unknownType.stream().filter(w -> deadLetters.containsKey(w.position())).count();
    long deadLetterRecords =
        malformed.stream()
            .mapToLong(w -> deadLetters.getOrDefault(w.position(), Set.of()).size())
            .sum();
    report(
        "poison: %d records on 4 topics x 6 partitions (%d malformed: not JSON, missing fields,"
            + " unknown version; %d of an unknown type) in %s | dead-lettered by every consumer"
            + " group %d/%d (%d dead letters), ledger refusals %d/%d | unknown types skipped by the"
            + " consumers (dead-lettered %d), kept in the ledger as received %d/%d | inbox %d,"
            + " notification history %d, webhooks %d, malformed in the ledger %d",
        poison.size(),
        malformed.size(),
        unknownType.size(),
        since(started),
        malformed.stream()
            .filter(
                w ->
                    deadLetters
                        .getOrDefault(w.position(), Set.of())
                        .containsAll(PoisonRecords.CONSUMER_GROUPS.get(w.topic())))
            .count(),
        malformed.size(),
        deadLetterRecords,
        refusedMalformed,
        malformed.size(),
        unknownDeadLettered,
        unknownInLedger,
        unknownType.size(),
        inInbox,
        inHistory,
        atReceiver,
        inLedger - unknownInLedger);

    assertThat(refusedMalformed)
        .as("malformed records refused by the ledger")
        .isEqualTo(malformed.size());
    assertThat(unknownDeadLettered).as("unknown types dead-lettered").isZero();
    assertThat(unknownInLedger).as("unknown types in the ledger").isEqualTo(unknownType.size());
    assertThat(inLedger - unknownInLedger).as("malformed records in the ledger").isZero();
    assertThat(inInbox).as("poison in an inbox").isZero();
    assertThat(inHistory).as("poison in the notification history").isZero();
    assertThat(atReceiver).as("poison sent as a webhook").isZero();
    assertClean("after-poison", behind);
  }

  @Test
  @Order(2)
  void theSameIdempotencyKeyTwentyTimesAtOnceRegistersOneLead() throws Exception {
    long started = System.nanoTime();
    LeadRegistrations registrations = new LeadRegistrations(gateway, "same-key");
    Registration registration = registrations.next();
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService officers = Executors.newFixedThreadPool(20);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String correlationId = registration.key + "-" + i;
      statuses.add(
          officers.submit(
              () -> {
                gate.await();
                return registrations.attempt(registration, correlationId);
              }));
    }
    gate.countDown();
    List<Integer> answered = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      answered.add(status.get());
    }
    officers.shutdown();

    Count count = settled("same-key", List.of(registration), started);
    assertThat(answered).as("20 answers to one key").containsOnly(201);
    assertThat(registration.refusal).as("one lead for the key").isNull();
    assertThat(count.auditRecords()).as("an audit record of each request").isEqualTo(20);
    assertClean("same-key", count);
  }

  @Test
  @Order(3)
  void theKafkaBrokerKilledUnderLoadLosesNothing() {
    underLoad("kafka-killed", "kafka", () -> processes.kill("kafka"));
  }

  @Test
  @Order(4)
  void notificationServiceKilledDuringWebhookDeliveryDeliversEachEventOnce() {
    receiver.answerAfter(Duration.ofMillis(200));
    try {
      underLoad(
          "notification-killed",
          "notification-service",
          () -> {
            int before = receiver.received().size();
            await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> receiver.received().size() >= before + 5);
            processes.kill("notification-service");
          });
    } finally {
      receiver.answerAfter(Duration.ZERO);
    }
  }

  @Test
  @Order(5)
  void caseServiceKilledDuringRegistrationsRegistersEachLeadOnce() {
    underLoad("case-killed", "case-service", () -> processes.kill("case-service"));
  }

  @Test
  @Order(6)
  void postgresRestartedUnderLoadLosesNothing() {
    underLoad("postgres-restarted", "postgres", processes::stopPostgres);
  }

  @Test
  @Order(7)
  void noValidEventOrAuditRecordWasDeadLetteredAndTheLedgerIsIntact() {
    Set<String> poisoned = poison.stream().map(Written::position).collect(Collectors.toSet());
    Map<String, Set<String>> deadLetters = new PoisonRecords(processes.kafkaAdmin()).deadLetters();
    Set<String> validDeadLettered = new HashSet<>(deadLetters.keySet());
    validDeadLettered.removeAll(poisoned);
    LocalPlatform.Result verification = gateway.platform.run(60, "verify-ledger");
    JsonNode ledger = JSON.readTree(verification.lastLine());
    long refusals = count("audit_service", "select count(*) from ledger_refusal");
    report(
        "after every fault: valid events or audit records dead-lettered %d %s | ledger %d entries, intact %s,"
            + " refusals %d (poison %d)",
        validDeadLettered.size(),
        validDeadLettered.stream()
            .map(p -> p + " by " + deadLetters.get(p))
            .collect(Collectors.joining(", ", "[", "]")),
        ledger.get("entries").asLong(),
        ledger.get("intact").asBoolean(),
        refusals,
        poison.stream().filter(w -> w.kind().malformed()).count());
    assertThat(validDeadLettered).as("valid records on a dead-letter topic").isEmpty();
    assertThat(ledger.get("intact").asBoolean()).as("the ledger's hash chain").isTrue();
    assertThat(refusals)
        .as("ledger refusals: the poison only")
        .isEqualTo(poison.stream().filter(w -> w.kind().malformed()).count());
  }

  /**
   * Two officers register leads; once some are in, {@code fault} strikes and is held for a few
   * seconds under load; {@code ./platform up} brings {@code process} back; the officers go on a
   * little, then every registration (retried under its key until accepted) is counted.
   */
  private void underLoad(String scenario, String process, Runnable fault) {
    long started = System.nanoTime();
    LeadRegistrations load = new LeadRegistrations(gateway, scenario).start(2);
    try {
      underLoad(scenario, process, fault, load, started);
    } finally {
      load.abandon();
    }
  }

  private void underLoad(
      String scenario, String process, Runnable fault, LeadRegistrations load, long started) {
    await().atMost(Duration.ofSeconds(60)).until(() -> load.acceptedSoFar() >= 10);
    load.phase(Phase.DURING_THE_FAULT);
    fault.run();
    long struck = System.nanoTime();
    int webhooksAtTheFault = receiver.received().size();
    hold(FAULT_HELD);
    Duration restart = processes.restart();
    load.phase(Phase.AFTER_RECOVERY);
    long recovered = System.nanoTime();
    int acceptedAtRecovery = load.acceptedSoFar();
    int webhooksAtRecovery = receiver.received().size();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> receiver.received().size() > webhooksAtRecovery);
    Duration firstWebhook = Duration.ofNanos(System.nanoTime() - recovered);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> load.acceptedSoFar() >= acceptedAtRecovery + 10);
    List<Registration> registrations = load.finish(Duration.ofSeconds(120));
    await()
        .atMost(CATCH_UP)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> arrivals.count(registrations).allArrived());
    Duration caughtUp = Duration.ofNanos(System.nanoTime() - recovered);
    report(
        "%s: %s down %s (held %s, ./platform up %s); once it was back the next webhook came"
            + " after %s, everything had arrived after %s; webhooks received during the fault %d",
        scenario,
        process,
        seconds(Duration.ofNanos(recovered - struck)),
        seconds(FAULT_HELD),
        seconds(restart),
        seconds(firstWebhook),
        seconds(caughtUp),
        webhooksAtRecovery - webhooksAtTheFault);
    assertClean(scenario, settled(scenario, registrations, started));
  }

  /** Counts once everything arrived and a little longer, so that a late duplicate is seen too. */
  private Count settled(String scenario, List<Registration> registrations, long started) {
    await()
        .atMost(CATCH_UP)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> arrivals.count(registrations).allArrived());
    hold(Duration.ofSeconds(3));
    Count count = arrivals.count(registrations);
    report("%s (%s): %s", scenario, since(started), count.summary());
    registrations.stream()
        .filter(r -> r.refusal != null)
        .forEach(r -> report("%s: %s refused: %s", scenario, r.key, r.refusal));
    return count;
  }

  private void assertClean(String scenario, Count count) {
    assertThat(count.clean()).as(scenario + ": " + count.summary()).isTrue();
  }

  private Set<String> refusedByTheLedger() {
    Set<String> positions = new HashSet<>();
    try (Connection connection =
            DriverManager.getConnection(processes.jdbcUrl("audit_service"), "postgres", "");
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("select topic, partition, \"offset\" from ledger_refusal")) {
      while (rows.next()) {
        positions.add(rows.getString(1) + "-" + rows.getInt(2) + "@" + rows.getLong(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return positions;
  }

  private long count(String database, String sql) {
    try (Connection connection =
            DriverManager.getConnection(processes.jdbcUrl(database), "postgres", "");
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void report(String format, Object... arguments) {
    String line = format.formatted(arguments);
    System.out.println("[fault suite] " + line);
    report.add(line);
  }

  private static String since(long started) {
    return seconds(Duration.ofNanos(System.nanoTime() - started));
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() / 100 / 10.0 + " s";
  }

  private static void hold(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
