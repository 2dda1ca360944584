package cn.gov.sh.tradesecret.cases.deadline;

import static cn.gov.sh.tradesecret.cases.CaseTestData.fileCase;
import static cn.gov.sh.tradesecret.cases.CaseTestData.registerLead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The shipped schedules end with 2026: a deadline that reaches 2027 is shown provisional until the
 * State Council's 2027 schedule is loaded.
 */
@PlatformIntegrationTest
class ProvisionalDeadlineIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;

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
}
