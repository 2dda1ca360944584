package cn.gov.sh.tradesecret.enterprise;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/**
 * docs/services/enterprise-service.md says what the service accepts and emits, as its code does.
 */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "enterprise-service",
        "Enterprises on the platform: online reports of suspected infringements to the competent district bureau and its decision back, evidence deposits with RFC 3161 timestamps and their public verification, self-assessment against sector guides.",
        Topics.ENTERPRISE_EVENTS,
        TestArchitecture.moduleMain());
  }
}
