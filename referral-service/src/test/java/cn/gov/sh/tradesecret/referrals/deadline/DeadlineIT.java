package cn.gov.sh.tradesecret.referrals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.referrals.TestClock;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The clocks on real PostgreSQL with a controlled time: the 75% event and the breach once each, the
 * 3-day clock over the Labour Day holiday, the 24-hour clock over a weekend, several scheduler
 * instances, and a scheduler that starts afresh (a restart) finding the clocks where they were.
 */
@ReferralIntegrationTest
class DeadlineIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestClock clock;
  @Autowired
  DeadlineScheduler scheduler;
  @Autowired
  DeadlineRepository repository;
  @Autowired
  Outbox outbox;
  @Autowired
  PlatformTransactionManager transactions;

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static Instant shanghai(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  String propose() {
    var response = api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/referrals", Map.of(
        "caseId", UUID.randomUUID().toString(), "district", "310117", "reason", "Loss of 420,000 yuan."));
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  JsonNode clock(String referralId, String kind) {
    for (JsonNode deadline : api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/referrals/" + referralId + "/deadlines").json()) {
      if (deadline.get("clock").asString().equals(kind)) {
        return deadline;
      }
    }
    throw new AssertionError("no " + kind + " clock");
  }

  List<String> payloads(String referralId, String type) {
    return jdbc.queryForList("select payload from outbox_event where message_key = ? and event_type = ? order by seq",
        String.class, referralId, type);
  }

  DeadlineScheduler anotherInstance(Clock time) {
    return new DeadlineScheduler(repository, outbox, transactions, time, false);
  }

  @Test
  void approvalClockOverLabourDayWarnsAtSeventyFivePercentAndBreachesOnceEach() {
    Instant proposedAt = shanghai(4, 30, 10, 0);
    clock.set(proposedAt);
    String id = propose();
    Instant due = shanghai(5, 7, 0, 0); // 3 May is a holiday, as are the 4th and 5th: the 6th is the last day
    JsonNode approval = clock(id, "APPROVAL");
    assertThat(Instant.parse(approval.get("dueAt").asString())).isEqualTo(due);
    Instant warnAt = Instant.parse(approval.get("warnAt").asString());
    assertThat(warnAt).isEqualTo(proposedAt.plus(java.time.Duration.between(proposedAt, due).multipliedBy(3).dividedBy(4)));

    clock.set(warnAt.minusSeconds(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching")).isEmpty();

    clock.set(warnAt);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching")).singleElement().asString()
        .contains("\"clock\":\"APPROVAL\"", "\"responsibleUnit\":\"MR-310117\"", "\"dueAt\":\"2026-05-06T16:00:00Z\"");

    clock.set(due.minusMillis(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached")).isEmpty();

    clock.set(due);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached")).singleElement().asString()
        .contains("\"procuratorateUnit\":\"PROC-310117\"", "\"clock\":\"APPROVAL\"");
    assertThat(payloads(id, "ReferralDeadlineApproaching")).hasSize(1);
    assertThat(clock(id, "APPROVAL").get("breachedAt").isNull()).isFalse();
  }

  @Test
  void transferClockRunsTwentyFourExactHoursOverAWeekendAndStopsWhenTransferred() {
    clock.set(shanghai(3, 6, 17, 45)); // a Friday evening
    String id = propose();
    assertThat(api.as(DemoAccount.SONGJIANG_HEAD).post("/api/referrals/" + id + "/approval", "{}").status())
        .isEqualTo(200);

    JsonNode transfer = clock(id, "TRANSFER");
    assertThat(Instant.parse(transfer.get("dueAt").asString())).isEqualTo(shanghai(3, 7, 17, 45));
    assertThat(Instant.parse(transfer.get("warnAt").asString())).isEqualTo(shanghai(3, 7, 11, 45));
    assertThat(clock(id, "APPROVAL").get("stoppedAt").isNull()).isFalse();

    clock.set(shanghai(3, 7, 12, 0));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching")).singleElement().asString().contains("\"clock\":\"TRANSFER\"");
    assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/referrals/" + id + "/transfer",
        Map.of("materials", cn.gov.sh.tradesecret.referrals.referral.ReferralTestDataAccess.allMaterials())).status())
        .isEqualTo(200);
    clock.set(shanghai(3, 9, 9, 0));
    scheduler.evaluate();

    assertThat(payloads(id, "ReferralDeadlineBreached")).as("a stopped clock never breaches").isEmpty();
  }

  @Test
  void twoSchedulerInstancesRaiseEachEventOnce() throws Exception {
    clock.set(shanghai(6, 1, 9, 0));
    List<String> ids = List.of(propose(), propose(), propose(), propose(), propose());
    Instant afterDue = shanghai(6, 10, 0, 0);
    clock.set(afterDue);
    DeadlineScheduler first = anotherInstance(Clock.fixed(afterDue, ZoneOffset.UTC));
    DeadlineScheduler second = anotherInstance(Clock.fixed(afterDue, ZoneOffset.UTC));
    CountDownLatch start = new CountDownLatch(1);

    var one = CompletableFuture.supplyAsync(() -> await(start, first));
    var two = CompletableFuture.supplyAsync(() -> await(start, second));
    var three = CompletableFuture.supplyAsync(() -> await(start, scheduler));
    start.countDown();
    CompletableFuture.allOf(one, two, three).get();

    for (String id : ids) {
      assertThat(payloads(id, "ReferralDeadlineBreached")).as(id).hasSize(1);
      assertThat(payloads(id, "ReferralDeadlineApproaching")).as("the 75% point passed unnoticed: no late warning")
          .isEmpty();
    }
  }

  static int await(CountDownLatch start, DeadlineScheduler scheduler) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return scheduler.evaluate();
  }

  @Test
  void clocksSurviveARestart() {
    Instant proposedAt = shanghai(7, 1, 10, 0); // Wednesday: due at the end of Saturday the 4th, moved to Monday the 6th
    clock.set(proposedAt);
    String id = propose();
    Instant warnAt = Instant.parse(clock(id, "APPROVAL").get("warnAt").asString());
    clock.set(warnAt);
    scheduler.evaluate();

    // A new instance, as after a restart: it knows nothing but the database.
    Instant due = shanghai(7, 7, 0, 0);
    DeadlineScheduler restarted = anotherInstance(Clock.fixed(due, ZoneOffset.UTC));
    restarted.evaluate();

    assertThat(payloads(id, "ReferralDeadlineApproaching")).hasSize(1);
    assertThat(payloads(id, "ReferralDeadlineBreached")).singleElement().asString()
        .contains("\"dueAt\":\"2026-07-06T16:00:00Z\"");
  }
}
