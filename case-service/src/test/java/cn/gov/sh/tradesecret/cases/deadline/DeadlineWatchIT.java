package cn.gov.sh.tradesecret.cases.deadline;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The watch announces approaching and passed deadlines once each, on the real holiday schedule (the
 * 2026 Labour Day block, with Saturday 9 May a working day), and not while an appraisal stops the
 * clock.
 */
@PlatformIntegrationTest
class DeadlineWatchIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired TestClock clock;
  @Autowired DeadlineWatch watch;
  @Autowired JsonMapper json;

  ApiClient api;
  String bootstrap;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
    bootstrap = String.join(",", kafka.getBootstrapServers());
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  int notices(String subjectId, String kind) {
    return jdbc.queryForObject(
        "select count(*) from deadline_notice where subject_id = ? and kind = ?",
        Integer.class,
        UUID.fromString(subjectId),
        kind);
  }

  @Test
  void leadDeadlineAcrossTheLabourDayHolidayIsAnnouncedApproachingThenBreachedOnceEach() {
    clock.setTo(shanghai("2026-04-20T10:00")); // Monday
    JsonNode lead = registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000);
    String leadId = lead.get("id").asString();
    // 21-24 Apr (4), 27-30 Apr (8), 1-5 May off, 6-8 May (11), Sat 9 May worked (12), 11-13 May
    // (15)
    assertThat(lead.get("deadline").get("lastDay").asString()).isEqualTo("2026-05-13");

    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      clock.setTo(shanghai("2026-05-07T09:00")); // 8, 9 (Sat, worked), 11, 12, 13 left: 5
      watch.check();
      assertThat(notices(leadId, "APPROACHING")).isZero();

      clock.setTo(shanghai("2026-05-09T09:00")); // a working Saturday: 11, 12, 13 left
      watch.check();
      watch.check();
      ConsumerRecord<String, String> approaching =
          events.await(
              r ->
                  leadId.equals(r.key())
                      && r.value().contains("\"type\":\"CaseDeadlineApproaching\""),
              PATIENCE);
      assertThat(approaching.value())
          .contains(
              "\"workingDaysLeft\":3",
              "\"deadline\":\"FILING_DECISION\"",
              "\"due\":\"2026-05-13T16:00:00Z\"");

      clock.setTo(shanghai("2026-05-13T23:59"));
      watch.check();
      assertThat(notices(leadId, "BREACHED")).as("the last day is not over").isZero();

      clock.setTo(shanghai("2026-05-14T00:01"));
      watch.check();
      watch.check();
      events.await(
          r -> leadId.equals(r.key()) && r.value().contains("\"type\":\"CaseDeadlineBreached\""),
          PATIENCE);
      assertThat(
              events.drain(Duration.ofSeconds(1)).stream()
                  .filter(r -> leadId.equals(r.key()))
                  .filter(r -> r.value().contains("CaseDeadline")))
          .as("escalated at 75%, approaching, breached")
          .hasSize(3);
    }
    assertThat(notices(leadId, "ESCALATED")).isEqualTo(1);
    assertThat(notices(leadId, "APPROACHING")).isEqualTo(1);
    assertThat(notices(leadId, "BREACHED")).isEqualTo(1);
  }

  @Test
  void caseClockEscalatesToTheOwningBureauAtSeventyFivePercentOfItsTimeOnce() {
    clock.setTo(shanghai("2026-01-05T10:00"));
    JsonNode filed = fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000);
    String caseId = filed.get("id").asString();
    Instant filedAt = Instant.parse(filed.get("filedAt").asString());
    Instant dueAt = Instant.parse(filed.get("deadline").get("dueAt").asString());
    Instant point = filedAt.plus(Duration.between(filedAt, dueAt).multipliedBy(3).dividedBy(4));

    try (TopicProbe events = new TopicProbe(bootstrap, Topics.CASE_EVENTS)) {
      clock.freezeAt(point.minusSeconds(60));
      watch.check();
      assertThat(notices(caseId, "ESCALATED")).isZero();

      clock.freezeAt(point);
      watch.check();
      watch.check();
      ConsumerRecord<String, String> escalated =
          events.await(
              r ->
                  caseId.equals(r.key())
                      && r.value().contains("\"type\":\"CaseDeadlineEscalated\""),
              PATIENCE);
      JsonNode data = json.readTree(escalated.value()).get("data");
      assertThat(data.get("owningUnit").asString()).isEqualTo("MR-310117");
      assertThat(data.get("deadline").asString()).isEqualTo("CASE_DECISION");
      assertThat(data.get("caseNumber").asString()).isEqualTo(filed.get("caseNumber").asString());
      assertThat(Instant.parse(data.get("startedAt").asString())).isEqualTo(filedAt);
      assertThat(Instant.parse(data.get("due").asString())).isEqualTo(dueAt);
      assertThat(data.get("provisional").asBoolean()).isFalse();
    }
    assertThat(notices(caseId, "ESCALATED")).isEqualTo(1);
    assertThat(notices(caseId, "APPROACHING")).as("weeks before the last day").isZero();
  }

  @Test
  void extendedDeadlineIsAnnouncedAgainForItsNewDate() {
    clock.setTo(shanghai("2026-04-20T10:00"));
    String leadId =
        registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000).get("id").asString();
    clock.setTo(shanghai("2026-05-11T09:00"));
    watch.check();
    assertThat(notices(leadId, "APPROACHING")).isEqualTo(1);

    var extended =
        api.as(DemoAccount.SONGJIANG_HEAD)
            .post(
                "/api/leads/" + leadId + "/deadline-extension",
                Map.of("reason", "the rights holder's documents are late"));
    assertThat(extended.json().get("deadline").get("lastDay").asString()).isEqualTo("2026-06-03");
    watch.check();
    assertThat(notices(leadId, "APPROACHING")).as("the new date is weeks away").isEqualTo(1);

    clock.setTo(shanghai("2026-06-01T09:00"));
    watch.check();
    assertThat(notices(leadId, "APPROACHING")).isEqualTo(2);
  }

  @Test
  void caseWhoseClockAnAppraisalStoppedIsNotAnnounced() {
    clock.setTo(shanghai("2026-01-05T10:00"));
    String running =
        fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000).get("id").asString();
    String paused =
        fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000).get("id").asString();
    api.as(DemoAccount.SONGJIANG_OFFICER)
        .post(
            "/api/cases/" + paused + "/appraisals",
            Map.of("matter", "NON_PUBLIC_NATURE", "institution", "某鉴定所"));

    clock.setTo(
        shanghai("2026-04-08T10:00")); // 5 Jan + 90 = 5 Apr (a holiday) -> Tue 7 Apr, passed
    watch.check();

    assertThat(notices(running, "BREACHED")).isEqualTo(1);
    assertThat(notices(paused, "BREACHED")).isZero();
    assertThat(
            LocalDate.parse(
                api.as(DemoAccount.SONGJIANG_OFFICER)
                    .get("/api/cases/" + running)
                    .json()
                    .get("deadline")
                    .get("lastDay")
                    .asString()))
        .isEqualTo(LocalDate.of(2026, 4, 7));
  }
}
