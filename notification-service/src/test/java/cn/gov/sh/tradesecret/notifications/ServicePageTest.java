package cn.gov.sh.tradesecret.notifications;

import cn.gov.sh.tradesecret.testsupport.ServicePage;
import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/**
 * docs/services/notification-service.md says what the service accepts and emits, as its code does.
 */
class ServicePageTest {

  @Test
  void pageListsTheCommandsQueriesAndEventsOfTheCode() {
    ServicePage.check(
        "notification-service",
        "Routes every domain event to the agencies that must or chose to receive it: inboxes with a live stream, subscriptions, and signed webhooks with retries, dead letters and replays.",
        cn.gov.sh.tradesecret.events.Topics.NOTIFICATION_EVENTS,
        TestArchitecture.moduleMain());
  }
}
