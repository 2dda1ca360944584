package cn.gov.sh.tradesecret.pilots;

import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** docs/services/pilot-service.md says what the service accepts and emits, as its code does. */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "pilot-service",
        "Trade-secret protection pilot units and parks: nomination, designation, annual reviews, guidance visits, health checks with rectification items, the self-assessments enterprises shared with their bureau, CSV import and statistics.",
        cn.gov.sh.tradesecret.events.Topics.PILOT_EVENTS,
        TestArchitecture.moduleMain());
  }
}
