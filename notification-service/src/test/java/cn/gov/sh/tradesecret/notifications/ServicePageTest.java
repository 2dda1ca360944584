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
        "Routes every domain event to the agencies that must or chose to receive it: inboxes with a live stream, subscriptions, and signed webhooks with retries, dead letters and replays.\n\n"
            + "After a crash, deliveries resume as soon as the replica is up again: its routing consumers are static members of their consumer group (`group.instance.id`, KIP-345), named by `platform.notifications.routing.instance-id` (env `ROUTING_INSTANCE_ID`; default `notification-service-<host name>`; `./platform up` names its one replica `notification-service-local`; docker-compose replicas are named by their container's host name, distinct under `--scale` and kept across restarts). A restarted member with its old name gets its old partitions at once, without a rebalance; a dynamic member's partitions would wait for the session timeout (45 s) after a kill -9, since a killed process never leaves its group (`RestartedConsumerIT` measures it). The cost: a replica stopped for good, or renamed, keeps its partitions for the session timeout, also after a clean stop (static members do not leave their group on close); a container re-created from a new image has a new host name, so give each replica a fixed `ROUTING_INSTANCE_ID` where deployments re-create containers. The new consumer group protocol (KIP-848) alone does not help here: a killed member's partitions also wait for its session timeout. Two replicas must never share a name: the second is fenced and stops consuming.",
        cn.gov.sh.tradesecret.events.Topics.NOTIFICATION_EVENTS,
        TestArchitecture.moduleMain());
  }
}
