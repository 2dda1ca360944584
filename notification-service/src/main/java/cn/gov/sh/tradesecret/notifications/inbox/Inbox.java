package cn.gov.sh.tradesecret.notifications.inbox;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiException;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inboxes of the agency units. An officer sees and acknowledges only their own unit's inbox;
 * an acknowledgement is published as {@link InboxEntryRead} so the sender knows it was read.
 */
@Service
public class Inbox {

  private final InboxEntryRepository entries;
  private final Outbox outbox;
  private final JsonMapper json;
  private final Clock clock;

  Inbox(InboxEntryRepository entries, Outbox outbox, JsonMapper json, Clock clock) {
    this.entries = entries;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /** Puts {@code event} into the inbox of each of {@code units}, once per unit. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void deliver(EventEnvelope<?> event, Collection<String> units) {
    UUID eventId = UUID.fromString(event.id());
    String body = json.writeValueAsString(event);
    for (String unit : units) {
      if (!entries.existsByUnitAndEventId(unit, eventId)) {
        entries.save(new InboxEntry(UUID.randomUUID(), unit, eventId, event.type(), event.subject(),
            event.district(), summary(event), body, event.time(), clock.instant()));
      }
    }
  }

  @Transactional(readOnly = true)
  public Page<InboxEntry> list(Officer officer, boolean unreadOnly, Pageable pageable) {
    return unreadOnly ? entries.findUnreadByUnit(officer.unit(), pageable) : entries.findByUnit(officer.unit(), pageable);
  }

  @Transactional(readOnly = true)
  public long unreadCount(Officer officer) {
    return entries.countByUnitAndReadAtIsNull(officer.unit());
  }

  @Transactional(readOnly = true)
  public InboxEntry find(UUID id, Officer officer) {
    return entries.findByIdAndUnit(id, officer.unit()).orElseThrow(() -> ApiException.notFound("inbox entry", id));
  }

  /** Acknowledges an entry of the officer's unit; acknowledging twice changes nothing. */
  @Transactional
  public InboxEntry markRead(UUID id, Officer officer) {
    InboxEntry entry = entries.findByIdAndUnit(id, officer.unit())
        .orElseThrow(() -> ApiException.notFound("inbox entry", id));
    if (entry.markRead(officer.account(), clock.instant())) {
      outbox.append(new InboxEntryRead(entry.getId().toString(), entry.getEventId().toString(), entry.getEventType(),
          entry.getSubject(), entry.getUnit(), officer.account(), entry.getDistrict(), entry.getReadAt()));
    }
    return entry;
  }

  private static String summary(EventEnvelope<?> event) {
    String where = Districts.find(event.district()).map(d -> d.nameEn() + " " + d.nameZh()).orElse("Shanghai");
    return event.type() + " · " + where + " · " + event.subject();
  }
}
