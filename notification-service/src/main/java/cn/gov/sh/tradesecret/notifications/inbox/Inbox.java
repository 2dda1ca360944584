package cn.gov.sh.tradesecret.notifications.inbox;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.notifications.InboxEntryRead;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inboxes of the agency units. An officer sees and acknowledges only their own unit's inbox; an
 * acknowledgement is published as {@link InboxEntryRead} so the sender knows it was read.
 */
@Service
public class Inbox {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);

  /**
   * PostgreSQL notification channel of new entries; the payload is {@code unit|entry id}, sent
   * after commit.
   */
  public static final String NEW_ENTRY_CHANNEL = "inbox_entry_created";

  private final InboxEntryRepository entries;
  private final Outbox outbox;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  /** Sends the notices of committed entries, in commit order, off the routing thread. */
  private final ExecutorService announcer =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "inbox-announcer");
            thread.setDaemon(true);
            return thread;
          });

  Inbox(
      InboxEntryRepository entries,
      Outbox outbox,
      Clock clock,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.entries = entries;
    this.outbox = outbox;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Puts {@code event}, an event of this service, into the inbox of each of {@code units}, once per
   * unit; live streams of every instance learn of each new entry when the transaction commits. The
   * router files it (it owns the inbox's insert, see {@link Notice}), within this transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void deliver(EventEnvelope<?> event, Collection<String> units) {
    events.publishEvent(new Notice(event, List.copyOf(units)));
  }

  /**
   * An event of this service for the inboxes of {@code units}: filed by the router, synchronously.
   */
  public record Notice(EventEnvelope<?> event, List<String> units) {}

  /**
   * Tells the live streams of every instance of new, committed entries ({@code unit|entry id}).
   * NOTIFY takes a database-wide lock until its transaction ends: issued in the routing statement
   * it would serialize every routing commit on the disk flush. Hence its own small transaction
   * after the commit, one for all the entries of a routing statement, which need not wait for the
   * flush (a notice lost in a crash only delays the stream; the entry is in the inbox, and a client
   * that reconnects with {@code Last-Event-ID} gets it). Sent by a thread of its own, so the
   * consumer that routed the entries polls again at once.
   */
  public void announce(List<String> filed) {
    if (filed.isEmpty()) {
      return;
    }
    // the entries of one statement share created_at: announced in id order, the order a resuming
    // stream uses
    List<String> payloads = new ArrayList<>(filed);
    payloads.sort(Comparator.comparing(payload -> payload.substring(payload.indexOf('|') + 1)));
    announcer.execute(() -> notifyStreams(payloads));
  }

  private void notifyStreams(List<String> payloads) {
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      connection.setAutoCommit(false);
      // set_config(..., true) is SET LOCAL, in the same round trip as the notices
      try (PreparedStatement notify =
          connection.prepareStatement(
              """
          select set_config('synchronous_commit', 'off', true), count(pg_notify(?, payload))
          from unnest(?::text[]) as payload""")) {
        notify.setString(1, NEW_ENTRY_CHANNEL);
        notify.setArray(2, connection.createArrayOf("text", payloads.toArray()));
        notify.execute();
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      log.warn("Could not announce {} new inbox entries: {}", payloads.size(), e.getMessage());
    }
  }

  @PreDestroy
  void stopAnnouncing() {
    announcer.shutdown();
  }

  @Transactional(readOnly = true)
  public Page<InboxEntry> list(Officer officer, boolean unreadOnly, Pageable pageable) {
    return unreadOnly
        ? entries.findUnreadByUnit(officer.unit(), pageable)
        : entries.findByUnit(officer.unit(), pageable);
  }

  @Transactional(readOnly = true)
  public long unreadCount(Officer officer) {
    return entries.countUnread(officer.unit());
  }

  @Transactional(readOnly = true)
  public InboxEntry find(UUID id, Officer officer) {
    return entries
        .findByIdAndUnit(id, officer.unit())
        .orElseThrow(() -> DomainException.notFound("inbox entry", id));
  }

  /** An entry of {@code unit}, if it exists (for the live stream, already scoped to the unit). */
  @Transactional(readOnly = true)
  public java.util.Optional<InboxEntry> entryOf(String unit, UUID id) {
    return entries.findByIdAndUnit(id, unit);
  }

  /**
   * What a live stream that reconnects missed: the entries of {@code unit} created after the entry
   * {@code lastEventId}, oldest first (creation order: created_at, then id). At most {@code limit},
   * the newest ones if there are more ({@code truncated}). An id that is no entry of the unit
   * (unknown, malformed, another unit's) gives nothing ({@code known} false), and reveals nothing.
   */
  @Transactional(readOnly = true)
  public Backlog backlog(String unit, String lastEventId, int limit) {
    UUID after;
    try {
      after = UUID.fromString(lastEventId.trim());
    } catch (IllegalArgumentException malformed) {
      return new Backlog(List.of(), false, false);
    }
    if (entries.findByIdAndUnit(after, unit).isEmpty()) {
      return new Backlog(List.of(), false, false);
    }
    List<InboxEntry> newest = new ArrayList<>(entries.findNewestAfter(unit, after, limit + 1));
    boolean truncated = newest.size() > limit;
    if (truncated) {
      newest.remove(newest.size() - 1);
    }
    Collections.reverse(newest);
    return new Backlog(newest, true, truncated);
  }

  /**
   * Entries a reconnecting stream missed, oldest first; whether its last id was known and all of
   * them fit.
   */
  public record Backlog(List<InboxEntry> entries, boolean known, boolean truncated) {}

  /** Acknowledges an entry of the officer's unit; acknowledging twice changes nothing. */
  @Transactional
  public InboxEntry markRead(UUID id, Officer officer) {
    InboxEntry entry =
        entries
            .findByIdAndUnit(id, officer.unit())
            .orElseThrow(() -> DomainException.notFound("inbox entry", id));
    if (entry.markRead(officer.account(), clock.instant())) {
      outbox.append(
          new InboxEntryRead(
              entry.getId().toString(),
              entry.getEventId().toString(),
              entry.getEventType(),
              entry.getSubject(),
              entry.getUnit(),
              officer.account(),
              entry.getDistrict(),
              entry.getReadAt()));
    }
    return entry;
  }

  /** An entry's one line: type, district, subject. */
  public static String summary(EventEnvelope<?> event) {
    String where =
        Districts.find(event.district()).map(d -> d.nameEn() + " " + d.nameZh()).orElse("Shanghai");
    return event.type() + " · " + where + " · " + event.subject();
  }
}
