package cn.gov.sh.tradesecret.cases;

import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** docs/services/case-service.md says what the service accepts and emits, as its code does. */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "case-service",
        "Leads and infringement cases of the market-regulation bureaus: registration, the filing decision, investigation (evidence, secret points, appraisals), penalty, mediation, referral proposals, deadlines and statistics.",
        cn.gov.sh.tradesecret.events.Topics.CASE_EVENTS,
        TestArchitecture.moduleMain());
  }
}
