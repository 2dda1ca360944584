package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryQueue;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.replay.EventHistory;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Routes a poll's events in one statement, which is its own transaction: records them in the
 * history and, for those not recorded before, queues their webhook messages and files their inbox
 * entries. One round trip per poll, where a transaction of the same inserts took five (the
 * history, the subscriptions, the messages, the inbox, the commit); the consumer, which polls
 * again only when a poll is routed, spent most of its time waiting for them. The statement is
 * built with the subscriptions at one version; when they have changed since, it writes nothing.
 */
@Component
class RoutingStatement {

  /**
   * {@code incoming}: the poll's events, none if the subscriptions are not at the version given;
   * {@code recorded}: those new to the history; {@code messages} and {@code addressed}: their
   * webhook messages and inbox entries, computed by the caller for every event of the poll and
   * kept only for the recorded ones. All the inserts see the same snapshot; the result tells the
   * version of the subscriptions, the events recorded, the messages queued and the entries filed.
   */
  private static final String ROUTE = """
      with incoming as (
        select e.*, ?::timestamptz as received_at
        from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[])
             with ordinality as e (event_id, event_type, topic, subject, district, occurred_at, body, position)
        where (select version from subscription_version) = ?),
      recorded as (%s),
      messages as (
        select i.event_id, i.event_type, i.subject, m.endpoint_id, null::uuid as replay_id, m.position
        from unnest(?::uuid[], ?::uuid[]) with ordinality as m (event_id, endpoint_id, position)
          join incoming i on i.event_id = m.event_id
        where m.event_id in (select event_id from recorded)),
      queued as (%s),
      addressed as (
        select gen_random_uuid() as id, a.unit, i.event_id, i.event_type, i.subject, i.district, a.summary,
               i.body as event, i.occurred_at, i.received_at as created_at
        from unnest(?::varchar[], ?::uuid[], ?::varchar[]) as a (unit, event_id, summary)
          join incoming i on i.event_id = a.event_id
        where a.event_id in (select event_id from recorded)),
      filed as (%s)
      select (select version from subscription_version), array(select event_id from recorded),
             (select count(*) from queued), array(select * from filed)"""
      .formatted(EventHistory.RECORD, DeliveryQueue.QUEUE, Inbox.FILE);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  RoutingStatement(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An event with its body as published. */
  record Received(EventEnvelope<?> event, String body) {}

  /**
   * What a statement did: the events new to the history, in order, the number of webhook
   * messages queued, and the new inbox entries as {@code unit|entry id}.
   */
  record Routed(List<EventEnvelope<?>> recorded, int queued, List<String> filed) {}

  /**
   * Routes {@code events} (an event twice counts once) by {@code routes}, unless the subscriptions
   * have changed since {@code routes} were read: then nothing is written and the result is empty.
   */
  Optional<Routed> route(List<Received> events, Subscriptions.Routes routes) {
    Map<UUID, Received> distinct = new LinkedHashMap<>();
    for (Received received : events) {
      distinct.putIfAbsent(UUID.fromString(received.event().id()), received);
    }
    List<UUID> messageEvents = new ArrayList<>();
    List<UUID> messageEndpoints = new ArrayList<>();
    List<String> entryUnits = new ArrayList<>();
    List<UUID> entryEvents = new ArrayList<>();
    List<String> entrySummaries = new ArrayList<>();
    for (Map.Entry<UUID, Received> entry : distinct.entrySet()) {
      EventEnvelope<?> event = entry.getValue().event();
      for (UUID endpoint : routes.webhookEndpoints(event)) {
        messageEvents.add(entry.getKey());
        messageEndpoints.add(endpoint);
      }
      String summary = Inbox.summary(event);
      for (String unit : routes.inboxRecipients(event)) {
        entryUnits.add(unit);
        entryEvents.add(entry.getKey());
        entrySummaries.add(summary);
      }
    }
    List<EventEnvelope<?>> envelopes = distinct.values().stream().<EventEnvelope<?>>map(Received::event).toList();
    return jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(ROUTE);
      int p = 0;
      statement.setTimestamp(++p, Timestamp.from(clock.instant()));
      statement.setArray(++p, array(connection, "uuid", distinct.keySet()));
      statement.setArray(++p, array(connection, "varchar", envelopes.stream().map(EventEnvelope::type).toList()));
      statement.setArray(++p, array(connection, "varchar", envelopes.stream().map(EventEnvelope::topic).toList()));
      statement.setArray(++p, array(connection, "varchar", envelopes.stream().map(EventEnvelope::subject).toList()));
      statement.setArray(++p, array(connection, "varchar", envelopes.stream().map(EventEnvelope::district).toList()));
      statement.setArray(++p, array(connection, "timestamptz",
          envelopes.stream().map(event -> Timestamp.from(event.time())).toList()));
      statement.setArray(++p, array(connection, "text", distinct.values().stream().map(Received::body).toList()));
      statement.setLong(++p, routes.version());
      statement.setArray(++p, array(connection, "uuid", messageEvents));
      statement.setArray(++p, array(connection, "uuid", messageEndpoints));
      statement.setArray(++p, array(connection, "varchar", entryUnits));
      statement.setArray(++p, array(connection, "uuid", entryEvents));
      statement.setArray(++p, array(connection, "varchar", entrySummaries));
      return statement;
    }, rs -> {
      rs.next();
      if (rs.getLong(1) != routes.version()) {
        return Optional.empty();
      }
      Set<Object> recordedIds = Set.of((Object[]) rs.getArray(2).getArray());
      List<EventEnvelope<?>> recorded = distinct.entrySet().stream()
          .filter(entry -> recordedIds.contains(entry.getKey()))
          .<EventEnvelope<?>>map(entry -> entry.getValue().event()).toList();
      return Optional.of(new Routed(recorded, rs.getInt(3), List.of((String[]) rs.getArray(4).getArray())));
    });
  }

  private static Array array(Connection connection, String type, Collection<?> values) throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }
}
