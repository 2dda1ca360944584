package cn.gov.sh.tradesecret.events;

/**
 * The payload of an event: a fact in the past tense about one aggregate.
 * Every implementation is registered in {@link EventCatalog}.
 */
public interface EventPayload {

  /** Id of the aggregate (lead, case, referral, pilot...) the fact is about: the Kafka key. */
  String aggregateId();

  /** Jurisdiction code the aggregate belongs to, or null when it has none. */
  String district();
}
