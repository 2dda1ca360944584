package cn.gov.sh.tradesecret.referrals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.referrals.ReferralIntegrationTest;
import cn.gov.sh.tradesecret.referrals.referral.ReferralTestDataAccess;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clocks on real PostgreSQL with a controlled time: the 75% event and the breach once each, the
 * 3-day clock over the Labour Day holiday, the 24-hour clocks over a weekend and after a receipt,
 * several scheduler instances, and a scheduler that starts afresh (a restart) finding the clocks
 * where they were.
 */
@ReferralIntegrationTest
class DeadlineIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired DeadlineScheduler scheduler;
  @Autowired DeadlineRepository repository;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired WorkingDayCalendar calendar;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

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
    var response =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/referrals",
                Map.of(
                    "caseId",
                    UUID.randomUUID().toString(),
                    "district",
                    "310117",
                    "reason",
                    "Loss of 420,000 yuan."));
    assertThat(response.status()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  JsonNode clock(String referralId, String kind) {
    for (JsonNode deadline :
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/referrals/" + referralId + "/deadlines")
            .json()) {
      if (deadline.get("clock").asString().equals(kind)) {
        return deadline;
      }
    }
    throw new AssertionError("no " + kind + " clock");
  }

  List<JsonNode> clocks(String referralId, String kind) {
    List<JsonNode> clocks = new ArrayList<>();
    for (JsonNode deadline :
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/referrals/" + referralId + "/deadlines")
            .json()) {
      if (deadline.get("clock").asString().equals(kind)) {
        clocks.add(deadline);
      }
    }
    return clocks;
  }

  /**
   * A referral the Songjiang police signed the receipt of at {@code at}, transferred an hour
   * before.
   */
  String receiptedAt(Instant at) {
    clock.freezeAt(at.minus(Duration.ofHours(1)));
    String id = propose();
    assertThat(post(DemoAccount.SONGJIANG_HEAD, id, "approval", "{}").status()).isEqualTo(200);
    assertThat(
            post(
                    DemoAccount.SONGJIANG_OFFICER,
                    id,
                    "transfer",
                    Map.of("materials", ReferralTestDataAccess.allMaterials()))
                .status())
        .isEqualTo(200);
    clock.freezeAt(at);
    assertThat(post(DemoAccount.SONGJIANG_POLICE, id, "receipt", "{}").status()).isEqualTo(200);
    return id;
  }

  ApiClient.Response post(DemoAccount who, String referralId, String step, Object body) {
    return api.as(who).post("/api/referrals/" + referralId + "/" + step, body);
  }

  List<String> payloads(String referralId, String type, String kind) {
    return payloads(referralId, type).stream()
        .filter(payload -> payload.contains("\"clock\":\"" + kind + "\""))
        .toList();
  }

  List<String> payloads(String referralId, String type) {
    return jdbc.queryForList(
        "select payload from outbox_event where message_key = ? and event_type = ? order by seq",
        String.class,
        referralId,
        type);
  }

  DeadlineScheduler anotherInstance(Clock time) {
    return new DeadlineScheduler(repository, outbox, transactions, time, calendar, false);
  }

  @Test
  void approvalClockOverLabourDayWarnsAtSeventyFivePercentAndBreachesOnceEach() {
    Instant proposedAt = shanghai(4, 30, 10, 0);
    clock.freezeAt(proposedAt);
    String id = propose();
    Instant due =
        shanghai(5, 7, 0, 0); // 3 May is a holiday, as are the 4th and 5th: the 6th is the last day
    JsonNode approval = clock(id, "APPROVAL");
    assertThat(Instant.parse(approval.get("dueAt").asString())).isEqualTo(due);
    Instant warnAt = Instant.parse(approval.get("warnAt").asString());
    assertThat(warnAt)
        .isEqualTo(proposedAt.plus(Duration.between(proposedAt, due).multipliedBy(3).dividedBy(4)));

    clock.freezeAt(warnAt.minusSeconds(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching")).isEmpty();

    clock.freezeAt(warnAt);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching"))
        .singleElement()
        .asString()
        .contains(
            "\"clock\":\"APPROVAL\"",
            "\"responsibleUnit\":\"MR-310117\"",
            "\"dueAt\":\"2026-05-06T16:00:00Z\"",
            "\"provisional\":false");

    clock.freezeAt(due.minusMillis(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached")).isEmpty();

    clock.freezeAt(due);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached"))
        .singleElement()
        .asString()
        .contains("\"procuratorateUnit\":\"PROC-310117\"", "\"clock\":\"APPROVAL\"");
    assertThat(payloads(id, "ReferralDeadlineApproaching")).hasSize(1);
    assertThat(clock(id, "APPROVAL").get("breachedAt").isNull()).isFalse();
  }

  /** The payload of the event of {@code type} about {@code referralId} read from Kafka. */
  JsonNode published(TopicProbe events, String referralId, String type) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                events.drain(Duration.ofMillis(300)).stream()
                    .filter(r -> referralId.equals(r.key()))
                    .map(r -> json.readTree(r.value()))
                    .filter(e -> e.get("type").asString().equals(type))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow()
        .get("data");
  }

  @Test
  void aClockWhoseLastDayFallsIn2027WithoutAScheduleIsAnnouncedProvisional() {
    Instant proposedAt = LocalDateTime.of(2026, 12, 30, 10, 0).atZone(SHANGHAI).toInstant();
    clock.freezeAt(proposedAt);
    String id = propose();
    JsonNode approval = clock(id, "APPROVAL");
    Instant due = Instant.parse(approval.get("dueAt").asString());

    try (TopicProbe events =
        new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.REFERRAL_EVENTS)) {
      clock.freezeAt(Instant.parse(approval.get("warnAt").asString()));
      scheduler.evaluate();
      clock.freezeAt(due);
      scheduler.evaluate();

      assertThat(due)
          .as("the last day, Saturday 2 January 2027, moves to the Monday")
          .isAfter(proposedAt.plus(Duration.ofDays(3)));
      assertThat(
              published(events, id, "ReferralDeadlineApproaching").get("provisional").asBoolean())
          .isTrue();
      assertThat(published(events, id, "ReferralDeadlineBreached").get("provisional").asBoolean())
          .isTrue();
    }
  }

  @Test
  void transferClockRunsTwentyFourExactHoursOverAWeekendAndStopsWhenTransferred() {
    clock.freezeAt(shanghai(3, 6, 17, 45)); // a Friday evening
    String id = propose();
    assertThat(
            api.as(DemoAccount.SONGJIANG_HEAD)
                .post("/api/referrals/" + id + "/approval", "{}")
                .status())
        .isEqualTo(200);

    JsonNode transfer = clock(id, "TRANSFER");
    assertThat(Instant.parse(transfer.get("dueAt").asString())).isEqualTo(shanghai(3, 7, 17, 45));
    assertThat(Instant.parse(transfer.get("warnAt").asString())).isEqualTo(shanghai(3, 7, 11, 45));
    assertThat(clock(id, "APPROVAL").get("stoppedAt").isNull()).isFalse();

    clock.freezeAt(shanghai(3, 7, 12, 0));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching"))
        .singleElement()
        .asString()
        .contains("\"clock\":\"TRANSFER\"");
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post(
                    "/api/referrals/" + id + "/transfer",
                    Map.of("materials", ReferralTestDataAccess.allMaterials()))
                .status())
        .isEqualTo(200);
    clock.freezeAt(shanghai(3, 9, 9, 0));
    scheduler.evaluate();

    assertThat(payloads(id, "ReferralDeadlineBreached"))
        .as("a stopped clock never breaches")
        .isEmpty();
  }

  @Test
  void
      forwardingClockWarnsAtSeventyFivePercentAndBreachesOnceWhenThePoliceNeitherForwardNorDecide() {
    Instant receiptedAt = shanghai(3, 10, 10, 0); // a Tuesday
    String id = receiptedAt(receiptedAt);
    JsonNode forwarding = clock(id, "FORWARDING");
    assertThat(forwarding.get("responsibleUnit").asString()).isEqualTo("PSB-310117");
    assertThat(Instant.parse(forwarding.get("startedAt").asString())).isEqualTo(receiptedAt);
    Instant due = Instant.parse(forwarding.get("dueAt").asString());
    Instant warnAt = Instant.parse(forwarding.get("warnAt").asString());
    assertThat(due).isEqualTo(shanghai(3, 11, 10, 0));
    assertThat(warnAt).isEqualTo(shanghai(3, 11, 4, 0));

    clock.freezeAt(warnAt.minusSeconds(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching", "FORWARDING")).isEmpty();

    clock.freezeAt(warnAt);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineApproaching", "FORWARDING"))
        .singleElement()
        .asString()
        .contains("\"responsibleUnit\":\"PSB-310117\"", "\"dueAt\":\"2026-03-11T02:00:00Z\"");

    clock.freezeAt(due.minusMillis(1));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached")).isEmpty();

    clock.freezeAt(due);
    scheduler.evaluate();
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached"))
        .singleElement()
        .asString()
        .contains(
            "\"clock\":\"FORWARDING\"",
            "\"responsibleUnit\":\"PSB-310117\"",
            "\"procuratorateUnit\":\"PROC-310117\"");
    assertThat(payloads(id, "ReferralDeadlineApproaching", "FORWARDING")).hasSize(1);
    assertThat(clock(id, "FORWARDING").get("breachedAt").isNull()).isFalse();

    clock.freezeAt(due.plus(Duration.ofHours(2)));
    assertThat(
            post(
                    DemoAccount.SONGJIANG_POLICE,
                    id,
                    "forwarding",
                    Map.of("toPoliceUnit", "PSB-310104", "reasons", "Registered in Xuhui."))
                .status())
        .as("the law does not close a late forwarding")
        .isEqualTo(200);
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached", "FORWARDING")).hasSize(1);
  }

  @Test
  void
      noForwardingBreachWhenForwardedWithinTwentyFourHoursAndTheCompetentUnitsReceiptStartsItsOwnClocks() {
    Instant receiptedAt = shanghai(3, 13, 17, 0); // a Friday: hours run over the weekend
    String id = receiptedAt(receiptedAt);

    clock.freezeAt(receiptedAt.plus(Duration.ofHours(23)));
    assertThat(
            post(
                    DemoAccount.SONGJIANG_POLICE,
                    id,
                    "forwarding",
                    Map.of("toPoliceUnit", "PSB-310104", "reasons", "Registered in Xuhui."))
                .status())
        .isEqualTo(200);
    assertThat(clock(id, "FORWARDING").get("stoppedAt").isNull()).isFalse();
    assertThat(clock(id, "DECISION").get("stoppedAt").isNull()).isFalse();

    Instant forwardedReceiptAt = receiptedAt.plus(Duration.ofHours(23).plusMinutes(30));
    clock.freezeAt(forwardedReceiptAt);
    assertThat(post(DemoAccount.XUHUI_POLICE, id, "receipt", "{}").status()).isEqualTo(200);
    List<JsonNode> decisions = clocks(id, "DECISION");
    assertThat(decisions).hasSize(2);
    assertThat(decisions.get(1).get("responsibleUnit").asString()).isEqualTo("PSB-310104");
    assertThat(Instant.parse(decisions.get(1).get("startedAt").asString()))
        .isEqualTo(forwardedReceiptAt);
    assertThat(decisions.get(1).get("stoppedAt").isNull()).isTrue();
    List<JsonNode> forwardings = clocks(id, "FORWARDING");
    assertThat(forwardings).hasSize(2);
    assertThat(forwardings.get(1).get("responsibleUnit").asString()).isEqualTo("PSB-310104");
    assertThat(Instant.parse(forwardings.get(1).get("dueAt").asString()))
        .isEqualTo(forwardedReceiptAt.plus(Duration.ofHours(24)));

    clock.freezeAt(receiptedAt.plus(Duration.ofHours(25)));
    scheduler.evaluate();
    assertThat(payloads(id, "ReferralDeadlineBreached"))
        .as("the first unit's clock stopped when it forwarded")
        .isEmpty();
  }

  @Test
  void noForwardingBreachWhenThePoliceAcceptWithinTwentyFourHours() {
    Instant receiptedAt = shanghai(3, 17, 9, 0);
    String id = receiptedAt(receiptedAt);

    clock.freezeAt(receiptedAt.plus(Duration.ofHours(20)));
    assertThat(
            post(
                    DemoAccount.SONGJIANG_POLICE,
                    id,
                    "acceptance",
                    Map.of("filingNotice", "沪公松立字〔2026〕201号"))
                .status())
        .isEqualTo(200);
    clock.freezeAt(receiptedAt.plus(Duration.ofHours(25)));
    scheduler.evaluate();

    assertThat(clock(id, "FORWARDING").get("stoppedAt").isNull())
        .as("a competent unit does not forward")
        .isFalse();
    assertThat(payloads(id, "ReferralDeadlineBreached")).isEmpty();
  }

  @Test
  void noForwardingBreachWhenThePoliceDeclineWithinTwentyFourHours() {
    Instant receiptedAt = shanghai(3, 24, 9, 0);
    String id = receiptedAt(receiptedAt);

    clock.freezeAt(receiptedAt.plus(Duration.ofHours(2)));
    assertThat(
            post(
                    DemoAccount.SONGJIANG_POLICE,
                    id,
                    "decline",
                    Map.of("reasons", "No criminal facts."))
                .status())
        .isEqualTo(200);
    clock.freezeAt(receiptedAt.plus(Duration.ofHours(25)));
    scheduler.evaluate();

    assertThat(clock(id, "FORWARDING").get("stoppedAt").isNull())
        .as("a competent unit does not forward")
        .isFalse();
    assertThat(payloads(id, "ReferralDeadlineBreached", "FORWARDING")).isEmpty();
  }

  @Test
  void twoSchedulerInstancesRaiseEachEventOnce() throws Exception {
    clock.freezeAt(shanghai(6, 1, 9, 0));
    List<String> ids = List.of(propose(), propose(), propose(), propose(), propose());
    Instant afterDue = shanghai(6, 10, 0, 0);
    clock.freezeAt(afterDue);
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
      assertThat(payloads(id, "ReferralDeadlineApproaching"))
          .as("the 75% point passed unnoticed: no late warning")
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
    Instant proposedAt =
        shanghai(
            7, 1, 10, 0); // Wednesday: due at the end of Saturday the 4th, moved to Monday the 6th
    clock.freezeAt(proposedAt);
    String id = propose();
    Instant warnAt = Instant.parse(clock(id, "APPROVAL").get("warnAt").asString());
    clock.freezeAt(warnAt);
    scheduler.evaluate();

    // A new instance, as after a restart: it knows nothing but the database.
    Instant due = shanghai(7, 7, 0, 0);
    DeadlineScheduler restarted = anotherInstance(Clock.fixed(due, ZoneOffset.UTC));
    restarted.evaluate();

    assertThat(payloads(id, "ReferralDeadlineApproaching")).hasSize(1);
    assertThat(payloads(id, "ReferralDeadlineBreached"))
        .singleElement()
        .asString()
        .contains("\"dueAt\":\"2026-07-06T16:00:00Z\"");
  }
}
