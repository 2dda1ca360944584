package cn.gov.sh.tradesecret.notifications.replay;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.notifications.routing.RoutingRepository;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoint;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.support.consumer.EventReader;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers again, to one webhook endpoint, every event since a time that its subscriptions match
 * and its unit may see: for an agency system that lost its data. The replayed messages are new
 * messages (new {@code webhook-id}s; the event id inside is the original), queued behind what waits
 * already, in the order the events were received.
 */
@Service
public class Replays {

  private final JdbcTemplate jdbc;
  private final WebhookEndpoints endpoints;
  private final Subscriptions subscriptions;
  private final RoutingRepository routing;
  private final EventReader reader;
  private final ReplayProperties properties;
  private final Clock clock;

  Replays(
      JdbcTemplate jdbc,
      WebhookEndpoints endpoints,
      Subscriptions subscriptions,
      RoutingRepository routing,
      EventReader reader,
      ReplayProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.endpoints = endpoints;
    this.subscriptions = subscriptions;
    this.routing = routing;
    this.reader = reader;
    this.properties = properties;
    this.clock = clock;
  }

  /** A replay that was queued. */
  public record Replay(UUID id, UUID endpointId, Instant since, int events) {}

  private record Stored(UUID eventId, String type, String subject, String body) {}

  /** Queues the replay; the endpoint's owner or an operator may ask. */
  @Transactional
  public Replay replay(UUID endpointId, Instant since, Officer officer) {
    WebhookEndpoint endpoint = endpoints.find(endpointId, officer);
    Instant now = clock.instant();
    if (since.isAfter(now)) {
      throw DomainException.invalidField("since", "must not be in the future");
    }
    if (since.isBefore(now.minus(properties.retention()))) {
      throw DomainException.invalidField(
          "since", "events are kept for " + properties.retention().toDays() + " days");
    }
    if (endpoint.getStatus() != WebhookEndpoint.Status.ENABLED) {
      throw DomainException.conflict(
          "endpoint-disabled", "enable the endpoint before replaying to it");
    }
    List<Stored> matching =
        jdbc.query(
            """
        select h.event_id, h.event_type, h.subject, h.body from event_history h
        where h.occurred_at >= ?
          and exists (select 1 from subscription s
                      where s.endpoint_id = ? and s.channel = 'WEBHOOK' and s.event_selector in (h.event_type, h.topic)
                        and (s.district is null or s.district = h.district)
                        and (s.subject is null or s.subject = h.subject))
        order by h.seq limit ?""",
            (rs, row) ->
                new Stored(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)),
            Timestamp.from(since),
            endpointId,
            properties.maxEvents() + 1);
    if (matching.size() > properties.maxEvents()) {
      throw DomainException.invalidField(
          "since",
          "more than " + properties.maxEvents() + " events since then: replay a later time first");
    }
    UUID replayId = UUID.randomUUID();
    List<RoutingRepository.Message> messages = new ArrayList<>();
    for (Stored stored : matching) {
      Optional<EventEnvelope<EventPayload>> event = reader.read(stored.body());
      if (event.isPresent() && subscriptions.mayReceive(endpoint.getUnit(), event.get())) {
        messages.add(
            new RoutingRepository.Message(
                stored.eventId(), stored.type(), stored.subject(), endpointId));
      }
    }
    int queued = routing.queueReplay(messages, replayId);
    return new Replay(replayId, endpointId, since, queued);
  }
}
