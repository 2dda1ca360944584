package cn.gov.sh.tradesecret.audit.matter;

import cn.gov.sh.tradesecret.audit.ledger.Ledger;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.support.consumer.EventReader;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One matter followed through the ledger, from any of its ids (a lead's, a case's or a referral's):
 * the events about it and those their payloads link (the case filed from the lead, the referrals of
 * the case, the lead registered from the police's referral back and the case filed from that),
 * followed until no new id appears, with the events their correlation ids caused elsewhere; in the
 * order they happened, each shown only to those allowed to see it ({@link MatterReaders}).
 */
@Service
public class MatterTimeline {

  /** The payload fields by which an event names another part of its matter. */
  private static final List<String> LINKS =
      List.of("leadId", "caseId", "originalCaseId", "reverseReferralId");

  /** The police's referral back (反向移送): the matter goes on as a new lead of the bureau. */
  private static final String REFERRED_BACK = "ReverseReferralSubmitted";

  private final Ledger ledger;
  private final EventReader reader;
  private final JsonMapper json;

  MatterTimeline(Ledger ledger, EventReader reader, JsonMapper json) {
    this.ledger = ledger;
    this.reader = reader;
    this.json = json;
  }

  /**
   * One line of the timeline.
   *
   * @param time when it happened
   * @param type the event's type
   * @param service the service that published it
   * @param unit the agency unit that acted, when the event names it
   * @param district the jurisdiction of its subject
   * @param summary what happened, in the domain's words
   * @param subject the lead, case or referral it is about
   * @param eventId the event, as the ledger holds it
   */
  public record Step(
      Instant time,
      String type,
      String service,
      String unit,
      String district,
      String summary,
      String subject,
      String eventId) {}

  /**
   * One page of the steps of {@code matter} that {@code reader} may see, oldest first.
   *
   * @param page the page, from 0
   * @param size steps per page
   * @throws DomainException forbidden for callers who read no timeline (enterprises, operators);
   *     not found when the matter is unknown or the reader may see none of it, alike
   */
  public Page<Step> of(UUID matter, Officer reader, int page, int size) {
    MatterReaders.requireReader(reader);
    List<Step> steps =
        gather(matter.toString()).stream()
            .filter(event -> MatterReaders.maySee(reader, event))
            .sorted(Comparator.comparing(MatterEvent::time).thenComparing(MatterEvent::seq))
            .map(MatterTimeline::step)
            .toList();
    if (steps.isEmpty()) {
      throw DomainException.notFound("matter", matter);
    }
    long from = Math.min((long) page * size, steps.size());
    return new PageImpl<>(
        steps.subList((int) from, (int) Math.min(from + size, steps.size())),
        PageRequest.of(page, size),
        steps.size());
  }

  /**
   * The events linked to {@code matter}, followed until no new id appears, and those their
   * correlation ids caused elsewhere. A correlation id joins only events caused together: they are
   * shown, but the ids they are about are followed only where a reverse referral is one of them,
   * since the police refer a matter back in the request that declines it, and the lead registered
   * from it names that referral ({@code reverseReferralId}), not the matter.
   */
  private Collection<MatterEvent> gather(String matter) {
    Map<Long, MatterEvent> events = new LinkedHashMap<>();
    Set<Long> linked = new HashSet<>();
    Set<String> followed = new HashSet<>();
    Set<String> correlations = new HashSet<>();
    Set<String> ids = Set.of(matter);
    while (!ids.isEmpty()) {
      followed.addAll(ids);
      ledger.linkedTo(ids).forEach(stored -> linked.add(add(events, stored).seq()));
      Set<String> asked =
          linked.stream()
              .map(seq -> events.get(seq).correlationId())
              .filter(id -> id != null && !id.isBlank() && !correlations.contains(id))
              .collect(Collectors.toSet());
      correlations.addAll(asked);
      ledger.correlatedBy(asked).forEach(stored -> add(events, stored));
      Set<String> referredBack =
          events.values().stream()
              .filter(event -> event.type().equals(REFERRED_BACK))
              .map(MatterEvent::correlationId)
              .filter(id -> id != null && !id.isBlank())
              .collect(Collectors.toSet());
      events.values().stream()
          .filter(event -> referredBack.contains(event.correlationId()))
          .forEach(event -> linked.add(event.seq()));
      ids =
          linked.stream()
              .map(events::get)
              .flatMap(event -> Stream.concat(Stream.of(event.subject()), event.links().stream()))
              .filter(id -> !followed.contains(id))
              .collect(Collectors.toSet());
    }
    return events.values();
  }

  private MatterEvent add(Map<Long, MatterEvent> events, Ledger.StoredEvent stored) {
    return events.computeIfAbsent(stored.seq(), seq -> read(stored));
  }

  private MatterEvent read(Ledger.StoredEvent stored) {
    JsonNode event = json.readTree(stored.body());
    String type = event.path("type").asString();
    EventPayload payload = typed(stored.body()).map(EventEnvelope::data).orElse(null);
    Set<String> addressed = new HashSet<>();
    if (payload != null) {
      addressed.addAll(payload.addressedUnits());
    }
    if (payload instanceof InboxEntryRead read) {
      addressed.add(read.unit()); // the read receipt of the unit's own inbox
    }
    JsonNode correlation = event.get("correlationid");
    return new MatterEvent(
        stored.seq(),
        stored.eventId(),
        Instant.parse(event.path("time").asString()),
        type,
        stored.topic(),
        stored.subject(),
        stored.district(),
        EventDescriptions.of(type, payload),
        addressed,
        correlation == null || !correlation.isString() ? null : correlation.asString(),
        LINKS.stream()
            .map(link -> event.path("data").path(link))
            .filter(JsonNode::isString)
            .map(JsonNode::asString)
            .collect(Collectors.toSet()));
  }

  /**
   * The event with its typed payload; empty for a type this service does not know, or a version it
   * no longer reads: then only its envelope speaks for it.
   */
  private Optional<EventEnvelope<EventPayload>> typed(String body) {
    try {
      return reader.read(body);
    } catch (MalformedEventException e) {
      return Optional.empty();
    }
  }

  private static Step step(MatterEvent event) {
    return new Step(
        event.time(),
        event.type(),
        Topics.producer(event.topic()),
        event.description().unit(),
        event.district(),
        event.description().summary(),
        event.subject(),
        event.eventId());
  }
}
