package cn.gov.sh.tradesecret.cases.deadline;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schedules end with 2026: a deadline that reaches 2027 is shown provisional until the
 * State Council's 2027 schedule is loaded, in the API and in the deadline events.
 */
@PlatformIntegrationTest
class ProvisionalDeadlineIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired DeadlineWatch watch;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired JsonMapper json;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aCaseWhoseDecisionDeadlineFallsIn2027IsProvisionalAndOneIn2026IsNot() {
    ApiClient api = ApiClient.onPort(port);
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 3, 2)));
    JsonNode within = fileCase(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000).get("deadline");
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 11, 2)));
    JsonNode beyond = fileCase(api, DemoAccount.MUNICIPAL_OFFICER, "310117", 1000).get("deadline");

    assertThat(within.get("provisional").asBoolean()).isFalse();
    assertThat(beyond.get("lastDay").asString()).startsWith("2027-");
    assertThat(beyond.get("provisional").asBoolean()).isTrue();
  }

  @Test
  void aLeadWhoseFilingDecisionFallsIn2027IsProvisional() {
    ApiClient api = ApiClient.onPort(port);
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 12, 21)));

    JsonNode deadline =
        registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000).get("deadline");

    assertThat(deadline.get("lastDay").asString()).startsWith("2027-01");
    assertThat(deadline.get("provisional").asBoolean()).isTrue();
  }

  /** The payload of the deadline event of {@code type} about {@code subject}, once it arrived. */
  private JsonNode announced(TopicProbe events, String subject, String type) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                events.drain(Duration.ofMillis(300)).stream()
                    .filter(r -> subject.equals(r.key()))
                    .map(r -> json.readTree(r.value()))
                    .filter(e -> e.get("type").asString().equals(type))
                    .findFirst(),
            found -> found.isPresent())
        .orElseThrow()
        .get("data");
  }

  @Test
  void aLeadDeadlineCountedWithoutA2027ScheduleIsAnnouncedProvisionalAndOneIn2026IsNot() {
    ApiClient api = ApiClient.onPort(port);
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 3, 2)));
    JsonNode within = registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000);
    clock.setTo(TestClock.atNine(LocalDate.of(2026, 12, 21)));
    JsonNode beyond = registerLead(api, DemoAccount.SONGJIANG_OFFICER, "310117", 1000);
    LocalDate withinDue = LocalDate.parse(within.get("deadline").get("lastDay").asString());
    LocalDate beyondDue = LocalDate.parse(beyond.get("deadline").get("lastDay").asString());

    try (TopicProbe events =
        new TopicProbe(String.join(",", kafka.getBootstrapServers()), Topics.CASE_EVENTS)) {
      clock.setTo(TestClock.atNine(withinDue));
      watch.check();
      clock.setTo(TestClock.atNine(beyondDue));
      watch.check();
      clock.setTo(TestClock.atNine(beyondDue.plusDays(1)));
      watch.check();

      String withinId = within.get("id").asString();
      String beyondId = beyond.get("id").asString();
      assertThat(
              announced(events, withinId, "CaseDeadlineApproaching").get("provisional").asBoolean())
          .isFalse();
      assertThat(
              announced(events, beyondId, "CaseDeadlineApproaching").get("provisional").asBoolean())
          .isTrue();
      assertThat(announced(events, beyondId, "CaseDeadlineBreached").get("provisional").asBoolean())
          .isTrue();
    }
  }
}
