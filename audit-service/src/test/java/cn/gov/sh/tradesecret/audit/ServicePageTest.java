package cn.gov.sh.tradesecret.audit;

import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** docs/services/audit-service.md says what the service accepts and emits, as its code does. */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "audit-service",
        "The audit log of every request through the gateway and the hash-chained ledger of every domain event, for operators and the procuratorate; from the ledger, one timeline per matter for the agencies working on it.",
        null,
        TestArchitecture.moduleMain());
  }
}
