package cn.gov.sh.tradesecret.referrals;

import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** docs/services/referral-service.md says what the service accepts and emits, as its code does. */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "referral-service",
        "Referrals of suspected crimes between the bureaus, the police, the procuratorates and the courts (行刑衔接): each step, its deadline clocks, supervision, reverse referrals and court confirmations.",
        cn.gov.sh.tradesecret.events.Topics.REFERRAL_EVENTS,
        TestArchitecture.moduleMain());
  }
}
