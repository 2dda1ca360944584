package cn.gov.sh.tradesecret.notifications.stream;

import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.inbox.InboxEntry;
import cn.gov.sh.tradesecret.notifications.inbox.web.InboxEntryMapper;
import cn.gov.sh.tradesecret.notifications.inbox.web.InboxEntryResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams of this instance, per agency unit. New entries are learned through
 * PostgreSQL LISTEN/NOTIFY (the entry is committed before anyone hears of it), so an officer
 * connected to any instance receives what any instance put in the inbox. A comment is sent every
 * {@code heartbeat} so that proxies and the gateway keep idle streams open.
 */
@Component
class InboxStream implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxStream.class);

  private final DataSource dataSource;
  private final Inbox inbox;
  private final InboxEntryMapper mapper;
  private final Duration timeout;
  private final Duration heartbeat;
  private final int resumeLimit;
  private final Map<String, Set<Subscriber>> streams = new ConcurrentHashMap<>();
  private volatile boolean running;
  private Thread listener;

  InboxStream(DataSource dataSource, Inbox inbox, InboxEntryMapper mapper,
      @Value("${platform.notifications.stream.timeout:PT30M}") Duration timeout,
      @Value("${platform.notifications.stream.heartbeat:PT15S}") Duration heartbeat,
      @Value("${platform.notifications.stream.resume-limit:500}") int resumeLimit) {
    this.dataSource = dataSource;
    this.inbox = inbox;
    this.mapper = mapper;
    this.timeout = timeout;
    this.heartbeat = heartbeat;
    this.resumeLimit = resumeLimit;
  }

  /**
   * Opens a stream of {@code unit}'s new entries; it ends after the timeout (clients reconnect).
   * With {@code lastEventId} (the {@code Last-Event-ID} of a reconnecting client) the entries created
   * after that one come first, in creation order, then the live ones. The stream is registered for
   * live entries before the backlog is read, and live entries are held back until the backlog is
   * sent, then sent unless the backlog had them: an entry committed meanwhile is neither lost nor
   * sent twice. An id that is no entry of the unit, or a backlog beyond {@code resumeLimit} (the
   * newest are sent), is told by an {@code inbox-resync} event: reload the inbox to catch up.
   */
  SseEmitter open(String unit, String lastEventId) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    boolean resuming = lastEventId != null && !lastEventId.isBlank();
    Subscriber subscriber = new Subscriber(emitter, resuming);
    Set<Subscriber> ofUnit = streams.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet());
    ofUnit.add(subscriber);
    Runnable remove = () -> ofUnit.remove(subscriber);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().comment("inbox of " + unit));
      if (resuming) {
        subscriber.replay(inbox.backlog(unit, lastEventId, resumeLimit));
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Inbox stream of {} could not start: {}", unit, e.getMessage());
      remove.run();
      emitter.completeWithError(e);
    }
    return emitter;
  }

  /** Why a resumed stream may have missed entries. */
  enum ResyncReason { UNKNOWN_LAST_EVENT_ID, BACKLOG_TRUNCATED }

  /** One open stream: while its backlog is sent, live entries wait; afterwards none is sent twice. */
  private final class Subscriber {

    private final SseEmitter emitter;
    private final Set<UUID> replayed = new HashSet<>();
    /** Live entries that came while the backlog was read; null once it is sent. */
    private List<Map.Entry<UUID, InboxEntryResponse>> held;

    Subscriber(SseEmitter emitter, boolean resuming) {
      this.emitter = emitter;
      this.held = resuming ? new ArrayList<>() : null;
    }

    synchronized void live(UUID id, InboxEntryResponse entry) throws IOException {
      if (held != null) {
        held.add(Map.entry(id, entry));
      } else if (!replayed.contains(id)) {
        send(id, entry);
      }
    }

    synchronized void replay(Inbox.Backlog backlog) throws IOException {
      if (!backlog.known() || backlog.truncated()) {
        ResyncReason reason = backlog.known() ? ResyncReason.BACKLOG_TRUNCATED : ResyncReason.UNKNOWN_LAST_EVENT_ID;
        emitter.send(SseEmitter.event().name("inbox-resync").data(Map.of("reason", reason.name()),
            MediaType.APPLICATION_JSON));
      }
      for (InboxEntry entry : backlog.entries()) {
        send(entry.getId(), mapper.toResponse(entry));
        replayed.add(entry.getId());
      }
      for (Map.Entry<UUID, InboxEntryResponse> live : held) {
        if (!replayed.contains(live.getKey())) {
          send(live.getKey(), live.getValue());
        }
      }
      held = null;
    }

    private void send(UUID id, InboxEntryResponse entry) throws IOException {
      emitter.send(SseEmitter.event().id(id.toString()).name("inbox-entry").data(entry, MediaType.APPLICATION_JSON));
    }
  }

  int openStreams() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  private void listen() {
    long lastBeat = System.nanoTime();
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + Inbox.NEW_ENTRY_CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = postgres.getNotifications(1000);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              push(notification.getParameter());
            }
          }
          if (System.nanoTime() - lastBeat > heartbeat.toNanos()) {
            lastBeat = System.nanoTime();
            beat();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Inbox stream lost its database listener, reconnecting: {}", e.getMessage());
          sleep();
        }
      }
    }
  }

  private void push(String payload) {
    int bar = payload.indexOf('|');
    String unit = payload.substring(0, bar);
    Set<Subscriber> ofUnit = streams.get(unit);
    if (ofUnit == null || ofUnit.isEmpty()) {
      return;
    }
    UUID entryId = UUID.fromString(payload.substring(bar + 1));
    inbox.entryOf(unit, entryId).map(mapper::toResponse).ifPresent(entry -> {
      for (Subscriber subscriber : ofUnit) {
        try {
          subscriber.live(entryId, entry);
        } catch (IOException | IllegalStateException e) {
          ofUnit.remove(subscriber);
        }
      }
    });
  }

  private void beat() {
    streams.values().forEach(ofUnit -> ofUnit.forEach(subscriber -> {
      try {
        subscriber.emitter.send(SseEmitter.event().comment("heartbeat"));
      } catch (IOException | IllegalStateException e) {
        ofUnit.remove(subscriber);
      }
    }));
  }

  private void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    running = true;
    listener = new Thread(this::listen, "inbox-stream-listener");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    streams.values().forEach(ofUnit -> ofUnit.forEach(subscriber -> subscriber.emitter.complete()));
    streams.clear();
    if (listener != null) {
      try {
        listener.join(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
