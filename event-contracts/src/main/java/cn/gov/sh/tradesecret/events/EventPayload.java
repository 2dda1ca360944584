package cn.gov.sh.tradesecret.events;

import java.util.Set;

/**
 * The payload of an event: a fact in the past tense about one aggregate. Every implementation is
 * registered in {@link EventCatalog}.
 */
public interface EventPayload {

  /** Id of the aggregate (lead, case, referral, pilot...) the fact is about: the Kafka key. */
  String aggregateId();

  /** Jurisdiction code the aggregate belongs to, or null when it has none. */
  String district();

  /**
   * Agency units this event is addressed to by law, beyond those that see the aggregate anyway: a
   * referral transferred to a police unit (and its copy to the procuratorate), a confirmation
   * requested from a court. notification-service delivers these as mandatory notices.
   */
  default Set<String> addressedUnits() {
    return Set.of();
  }
}
