package cn.gov.sh.tradesecret.notifications;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Events and identities of the notification tests. */
final class NotificationTestData {

  static final DemoAccount SONGJIANG_PROCURATOR =
      new DemoAccount(
          "songjiang-procurator", "PROCURATORATE", "PROC-310117", "310117", List.of("PROCURATOR"));
  static final DemoAccount XUHUI_PROCURATOR =
      new DemoAccount(
          "xuhui-procurator", "PROCURATORATE", "PROC-310104", "310104", List.of("PROCURATOR"));
  static final DemoAccount XUHUI_POLICE =
      new DemoAccount("xuhui-police", "POLICE", "PSB-310104", "310104", List.of("OFFICER"));

  private NotificationTestData() {}

  static EventEnvelope<LeadRegistered> leadRegistered(String district) {
    LeadRegistered lead =
        new LeadRegistered(
            UUID.randomUUID().toString(),
            district,
            "MR-" + district,
            "COMPLAINT",
            "Acme Precision",
            new BigDecimal("120000.00"),
            TestClock.now());
    return EventEnvelope.of("case-service", lead, TestClock.now(), "corr-" + lead.leadId());
  }

  static EventEnvelope<ReferralProposed> referralProposed(String referralId, String district) {
    return EventEnvelope.of(
        "referral-service",
        new ReferralProposed(
            referralId, "case-" + referralId, district, "MR-" + district, TestClock.now()),
        TestClock.now(),
        "corr-" + referralId);
  }

  static EventEnvelope<ReferralAccepted> referralAccepted(String referralId, String district) {
    return EventEnvelope.of(
        "referral-service",
        new ReferralAccepted(
            referralId,
            "case-" + referralId,
            district,
            "MR-" + district,
            "PSB-" + district,
            TestClock.now()),
        TestClock.now(),
        "corr-" + referralId);
  }
}
