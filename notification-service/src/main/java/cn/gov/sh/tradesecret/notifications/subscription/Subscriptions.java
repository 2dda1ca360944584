package cn.gov.sh.tradesecret.notifications.subscription;

import cn.gov.sh.tradesecret.events.EventCatalog;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.notifications.webhook.WebhookEndpoints;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds who is to be told of an event, within what each unit may see; keeps the units'
 * subscriptions.
 */
@Service
public class Subscriptions {

  /** Topics whose events this service routes: the families a unit may subscribe to. */
  private static final Set<String> FAMILIES =
      Set.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PILOT_EVENTS);

  private final SubscriptionRepository subscriptions;
  private final JdbcTemplate jdbc;
  private final WebhookEndpoints endpoints;
  private final Clock clock;
  private volatile Routes routes;

  Subscriptions(
      SubscriptionRepository subscriptions,
      WebhookEndpoints endpoints,
      Clock clock,
      JdbcTemplate jdbc) {
    this.subscriptions = subscriptions;
    this.jdbc = jdbc;
    this.endpoints = endpoints;
    this.clock = clock;
  }

  /**
   * The routes as of the subscriptions' version last read: kept in memory, since routing needs them
   * for every poll and they change rarely. The router's statement checks the version it was built
   * with and routes nothing when the subscriptions have changed since; it then asks for {@link
   * #reloadRoutes()}.
   */
  public Routes routes() {
    Routes current = routes;
    return current != null ? current : reloadRoutes();
  }

  /** Reads every subscription again, with the version they are at. */
  public Routes reloadRoutes() {
    // the version first: a change between the two reads leaves the routes tagged older than they
    // are, so
    // the next routing statement finds them stale and reads again (never the other way round)
    long version = jdbc.queryForObject("select version from subscription_version", Long.class);
    Routes current =
        new Routes(
            version,
            jdbc.query(
                """
        select id, unit, event_selector, district, subject, channel, endpoint_id, created_by, created_at
        from subscription""",
                (rs, row) ->
                    new Subscription(
                        rs.getObject("id", UUID.class),
                        rs.getString("unit"),
                        rs.getString("event_selector"),
                        rs.getString("district"),
                        rs.getString("subject"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant())));
    routes = current;
    return current;
  }

  /** Who is to be told of an event, from the subscriptions at one version. */
  public static final class Routes {

    private final long version;

    /** By event selector: an event type or a family. */
    private final Map<String, List<Subscription>> bySelector = new HashMap<>();

    private Routes(long version, List<Subscription> subscriptions) {
      this.version = version;
      for (Subscription subscription : subscriptions) {
        bySelector
            .computeIfAbsent(subscription.getEventSelector(), selector -> new ArrayList<>())
            .add(subscription);
      }
    }

    /** The version of the subscriptions these routes were read at. */
    public long version() {
      return version;
    }

    /**
     * The agency units whose inbox subscriptions match {@code event} and who may see it (a
     * subscription never widens what the producing service's access rules allow), plus the units
     * the law addresses it to.
     */
    public Set<String> inboxRecipients(EventEnvelope<?> event) {
      Set<String> units = new TreeSet<>(MandatoryNotices.recipients(event));
      for (Subscription subscription : matching(Channel.INBOX, event)) {
        AgencyUnit.parse(subscription.getUnit())
            .filter(unit -> Visibility.maySee(unit, event))
            .ifPresent(unit -> units.add(unit.id()));
      }
      return units;
    }

    /**
     * The webhook endpoints whose subscriptions match {@code event}, each once, within what their
     * unit may see.
     */
    public Set<UUID> webhookEndpoints(EventEnvelope<?> event) {
      Set<UUID> matching = new LinkedHashSet<>();
      for (Subscription subscription : matching(Channel.WEBHOOK, event)) {
        if (AgencyUnit.parse(subscription.getUnit())
            .filter(u -> Visibility.maySee(u, event))
            .isPresent()) {
          matching.add(subscription.getEndpointId());
        }
      }
      return matching;
    }

    /**
     * A subscription matches by its selector (the type or its family), then by its optional
     * filters.
     */
    private List<Subscription> matching(Channel channel, EventEnvelope<?> event) {
      List<Subscription> matching = new ArrayList<>();
      for (String selector : List.of(event.type(), event.topic())) {
        for (Subscription s : bySelector.getOrDefault(selector, List.of())) {
          if (s.getChannel() == channel
              && (s.getDistrict() == null || s.getDistrict().equals(event.district()))
              && (s.getSubject() == null || s.getSubject().equals(event.subject()))) {
            matching.add(s);
          }
        }
      }
      matching.sort(
          Comparator.comparing(Subscription::getCreatedAt).thenComparing(Subscription::getId));
      return matching;
    }
  }

  /** Whether {@code unit} may be told of {@code event} (used again when events are replayed). */
  public boolean mayReceive(String unit, EventEnvelope<?> event) {
    return AgencyUnit.parse(unit).filter(u -> Visibility.maySee(u, event)).isPresent();
  }

  @Transactional(readOnly = true)
  public List<Subscription> ofUnit(String unit) {
    return subscriptions.findByUnitOrderByCreatedAt(unit);
  }

  @Transactional(readOnly = true)
  public Subscription find(UUID id, Officer officer) {
    return subscriptions
        .findByIdAndUnit(id, officer.unit())
        .orElseThrow(() -> DomainException.notFound("subscription", id));
  }

  /**
   * Subscribes the officer's unit. Refused, with the failing field, when the selector is neither an
   * event type nor a family, when the unit's agency may not see those events or that district, or
   * when a webhook names no endpoint of the unit.
   */
  @Transactional
  public Subscription subscribe(
      Officer officer,
      String eventSelector,
      Channel channel,
      UUID endpointId,
      boolean filterGiven,
      String district,
      String subject) {
    String topic =
        FAMILIES.contains(eventSelector)
            ? eventSelector
            : EventCatalog.find(eventSelector)
                .map(EventCatalog.Entry::topic)
                .filter(FAMILIES::contains)
                .orElseThrow(
                    () ->
                        DomainException.invalidField(
                            "eventSelector",
                            "must be an event type of the catalogue or a family (case-events, referral-events, pilot-events)"));
    if (officer.agency() == null || !Visibility.maySubscribe(officer.agency(), topic)) {
      throw forbidden("eventSelector", "your agency may not see " + topic);
    }
    if (filterGiven && district == null && subject == null) {
      throw DomainException.invalidField(
          "filter", "must name a district or a subject; leave it out for none");
    }
    if (district != null) {
      if (!Districts.isKnown(district)) {
        throw DomainException.invalidField(
            "filter.district", "must be a district code of Shanghai");
      }
      if (!officer.covers(district)) {
        throw forbidden("filter.district", "outside your unit's jurisdiction");
      }
    }
    if (channel == Channel.WEBHOOK) {
      if (endpointId == null) {
        throw DomainException.invalidField(
            "endpointId", "a WEBHOOK subscription names one of your endpoints");
      }
      if (!endpoints.isOwnedBy(endpointId, officer.unit())) {
        throw DomainException.invalidField(
            "endpointId", "no webhook endpoint of your unit has this id");
      }
    } else if (endpointId != null) {
      throw DomainException.invalidField(
          "endpointId", "only a WEBHOOK subscription names an endpoint");
    }
    return subscriptions.save(
        new Subscription(
            UUID.randomUUID(),
            officer.unit(),
            eventSelector,
            officer.isMunicipal() || district != null ? district : officer.jurisdiction(),
            subject,
            channel,
            endpointId,
            officer.account(),
            clock.instant()));
  }

  /** Removes a subscription of the officer's unit; the law's notices cannot be removed. */
  @Transactional
  public void unsubscribe(UUID id, Officer officer) {
    Subscription subscription = find(id, officer);
    if (subscription.isMandatory()) {
      throw DomainException.conflict(
          "mandatory-subscription",
          "this notice is required by law (State Council regulation on the transfer of suspected criminal cases)"
              + " and cannot be unsubscribed");
    }
    subscriptions.delete(subscription);
  }

  private static DomainException forbidden(String field, String message) {
    return DomainException.forbiddenField(field, message);
  }
}
