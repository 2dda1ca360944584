package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryQueue;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that writes what routing produces: the event history, the webhook messages and the
 * inbox entries. A poll of the consumer is routed by one statement ({@link #route}), which is its
 * own transaction, because the consumer polls again only once a poll is routed and so waits for
 * every round trip (docs/adr/0007-a-poll-routed-in-one-statement.md). A replay queues its messages
 * ({@link #queueReplay}) and a notice of this service is filed ({@link #fileNotice}) by statements
 * of their own here, with the same inserts and the same rules: once per event and endpoint for live
 * messages, once per unit and event in the inbox.
 *
 * <p>The history keeps every event received, as published, in the order received (which keeps the
 * order of each aggregate), for {@code platform.notifications.history.retention} (180 days, the 90
 * days of replay the agencies are promised with a margin): the platform's topics keep only days. It
 * is also the router's once-per-event record: an event Kafka delivers again is not routed again.
 */
@Component
public class RoutingRepository {

  /**
   * {@code incoming}: the poll's events, none if the subscriptions are not at the version given.
   * {@code recorded}: those new to the history, recorded in the order of the poll (their sequence
   * numbers follow it). {@code messages} and {@code addressed}: their webhook messages and inbox
   * entries, computed by the caller for every event of the poll and kept only for the recorded
   * ones. {@code queued}: the messages whose endpoint is enabled, in the order of the poll (an
   * endpoint receives the events of an aggregate in order), a live event once per endpoint. {@code
   * filed}: the entries, once per unit and event. All the inserts see the same snapshot; the result
   * tells the version of the subscriptions, the events recorded, the number of messages queued and
   * the entries filed ({@code unit|entry id}).
   */
  private static final String ROUTE =
      """
      with incoming as (
        select e.*, ?::timestamptz as received_at
        from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[])
             with ordinality as e (event_id, event_type, topic, subject, district, occurred_at, body, position)
        where (select version from subscription_version) = ?),
      recorded as (
        insert into event_history (event_id, event_type, topic, subject, district, occurred_at, received_at, body)
        select event_id, event_type, topic, subject, district, occurred_at, received_at, body from incoming
        order by position
        on conflict (event_id) do nothing
        returning event_id),
      messages as (
        select i.event_id, i.event_type, i.subject, m.endpoint_id, null::uuid as replay_id, m.position
        from unnest(?::uuid[], ?::uuid[]) with ordinality as m (event_id, endpoint_id, position)
          join incoming i on i.event_id = m.event_id
        where m.event_id in (select event_id from recorded)),
      queued as (
        insert into delivery (id, endpoint_id, event_id, event_type, subject, replay_id, status, attempts,
                              next_attempt_at, created_at)
        select gen_random_uuid(), m.endpoint_id, m.event_id, m.event_type, m.subject, m.replay_id, 'PENDING', 0,
               now(), now()
        from messages m join webhook_endpoint e on e.id = m.endpoint_id and e.status = 'ENABLED'
        order by m.position
        on conflict do nothing
        returning id),
      addressed as (
        select gen_random_uuid() as id, a.unit, i.event_id, i.event_type, i.subject, i.district, a.summary,
               i.body as event, i.occurred_at, i.received_at as created_at
        from unnest(?::varchar[], ?::uuid[], ?::varchar[]) as a (unit, event_id, summary)
          join incoming i on i.event_id = a.event_id
        where a.event_id in (select event_id from recorded)),
      filed as (
        insert into inbox_entry (id, unit, event_id, event_type, subject, district, summary, event, occurred_at,
                                 created_at, version)
        select id, unit, event_id, event_type, subject, district, summary, event, occurred_at, created_at, 0
        from addressed
        on conflict (unit, event_id) do nothing
        returning unit || '|' || id)
      select (select version from subscription_version), array(select event_id from recorded),
             (select count(*) from queued), array(select * from filed)""";

  /**
   * A replay's messages (events already in the history) for their endpoint if it is enabled, in the
   * order given; new messages, so never in conflict with the live ones.
   */
  private static final String QUEUE_REPLAY =
      """
      with messages as (
        select m.*, ?::uuid as replay_id
        from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::uuid[]) with ordinality
             as m (event_id, event_type, subject, endpoint_id, position)),
      queued as (
        insert into delivery (id, endpoint_id, event_id, event_type, subject, replay_id, status, attempts,
                              next_attempt_at, created_at)
        select gen_random_uuid(), m.endpoint_id, m.event_id, m.event_type, m.subject, m.replay_id, 'PENDING', 0,
               now(), now()
        from messages m join webhook_endpoint e on e.id = m.endpoint_id and e.status = 'ENABLED'
        order by m.position
        on conflict do nothing
        returning id)
      select id from queued""";

  /**
   * One event of this service in the inbox of each unit given, once per unit; {@code unit|entry id}
   * of each new entry.
   */
  private static final String FILE_NOTICE =
      """
      with addressed as (
        select gen_random_uuid() as id, unit, ?::uuid as event_id, ?::varchar as event_type, ?::varchar as subject,
               ?::varchar as district, ?::varchar as summary, ?::text as event, ?::timestamptz as occurred_at,
               ?::timestamptz as created_at
        from unnest(?::varchar[]) as unit),
      filed as (
        insert into inbox_entry (id, unit, event_id, event_type, subject, district, summary, event, occurred_at,
                                 created_at, version)
        select id, unit, event_id, event_type, subject, district, summary, event, occurred_at, created_at, 0
        from addressed
        on conflict (unit, event_id) do nothing
        returning unit || '|' || id)
      select * from filed""";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final DeliveryQueue deliveries;

  RoutingRepository(JdbcTemplate jdbc, Clock clock, DeliveryQueue deliveries) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.deliveries = deliveries;
  }

  /** An event with its body as published. */
  record Received(EventEnvelope<?> event, String body) {}

  /**
   * What a statement did: the events new to the history, in order, the number of webhook messages
   * queued, and the new inbox entries as {@code unit|entry id}.
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
    List<EventEnvelope<?>> envelopes =
        distinct.values().stream().<EventEnvelope<?>>map(Received::event).toList();
    return jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(ROUTE);
          int p = 0;
          statement.setTimestamp(++p, Timestamp.from(clock.instant()));
          statement.setArray(++p, array(connection, "uuid", distinct.keySet()));
          statement.setArray(
              ++p,
              array(connection, "varchar", envelopes.stream().map(EventEnvelope::type).toList()));
          statement.setArray(
              ++p,
              array(connection, "varchar", envelopes.stream().map(EventEnvelope::topic).toList()));
          statement.setArray(
              ++p,
              array(
                  connection, "varchar", envelopes.stream().map(EventEnvelope::subject).toList()));
          statement.setArray(
              ++p,
              array(
                  connection, "varchar", envelopes.stream().map(EventEnvelope::district).toList()));
          statement.setArray(
              ++p,
              array(
                  connection,
                  "timestamptz",
                  envelopes.stream().map(event -> Timestamp.from(event.time())).toList()));
          statement.setArray(
              ++p,
              array(connection, "text", distinct.values().stream().map(Received::body).toList()));
          statement.setLong(++p, routes.version());
          statement.setArray(++p, array(connection, "uuid", messageEvents));
          statement.setArray(++p, array(connection, "uuid", messageEndpoints));
          statement.setArray(++p, array(connection, "varchar", entryUnits));
          statement.setArray(++p, array(connection, "uuid", entryEvents));
          statement.setArray(++p, array(connection, "varchar", entrySummaries));
          return statement;
        },
        rs -> {
          rs.next();
          if (rs.getLong(1) != routes.version()) {
            return Optional.empty();
          }
          Set<Object> recordedIds = Set.of((Object[]) rs.getArray(2).getArray());
          List<EventEnvelope<?>> recorded =
              distinct.entrySet().stream()
                  .filter(entry -> recordedIds.contains(entry.getKey()))
                  .<EventEnvelope<?>>map(entry -> entry.getValue().event())
                  .toList();
          return Optional.of(
              new Routed(recorded, rs.getInt(3), List.of((String[]) rs.getArray(4).getArray())));
        });
  }

  /** A message of a replay: an event already in the history, for a webhook endpoint. */
  public record Message(UUID eventId, String eventType, String subject, UUID endpointId) {}

  /**
   * Queues a replay's {@code messages}, each for its endpoint if the endpoint is enabled, in the
   * order given, in one round trip. When the transaction commits, as many idle workers as there are
   * new messages are woken.
   *
   * @return how many messages were queued
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int queueReplay(List<Message> messages, UUID replayId) {
    if (messages.isEmpty()) {
      return 0;
    }
    int queued =
        jdbc.query(
                connection -> {
                  PreparedStatement statement = connection.prepareStatement(QUEUE_REPLAY);
                  statement.setObject(1, replayId, Types.OTHER);
                  statement.setArray(
                      2,
                      array(connection, "uuid", messages.stream().map(Message::eventId).toList()));
                  statement.setArray(
                      3,
                      array(
                          connection,
                          "varchar",
                          messages.stream().map(Message::eventType).toList()));
                  statement.setArray(
                      4,
                      array(
                          connection, "varchar", messages.stream().map(Message::subject).toList()));
                  statement.setArray(
                      5,
                      array(
                          connection, "uuid", messages.stream().map(Message::endpointId).toList()));
                  return statement;
                },
                (rs, row) -> rs.getObject(1, UUID.class))
            .size();
    if (queued > 0) {
      deliveries.wakeWorkersAfterCommit(queued);
    }
    return queued;
  }

  /**
   * Files {@code event} in the inbox of each of {@code units}, once per unit.
   *
   * @return {@code unit|entry id} of each new entry
   */
  @Transactional(propagation = Propagation.MANDATORY)
  List<String> fileNotice(EventEnvelope<?> event, String body, Collection<String> units) {
    return jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(FILE_NOTICE);
          statement.setObject(1, UUID.fromString(event.id()));
          statement.setString(2, event.type());
          statement.setString(3, event.subject());
          statement.setString(4, event.district());
          statement.setString(5, Inbox.summary(event));
          statement.setString(6, body);
          statement.setTimestamp(7, Timestamp.from(event.time()));
          statement.setTimestamp(8, Timestamp.from(clock.instant()));
          statement.setArray(9, array(connection, "varchar", units));
          return statement;
        },
        (rs, row) -> rs.getString(1));
  }

  private static Array array(Connection connection, String type, Collection<?> values)
      throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }
}
