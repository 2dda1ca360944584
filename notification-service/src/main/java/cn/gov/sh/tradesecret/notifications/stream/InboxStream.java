package cn.gov.sh.tradesecret.notifications.stream;

import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.inbox.InboxEntry;
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
import org.springframework.stereotype.Component;

/**
 * The open live streams of this instance, per agency unit. New entries are learned through
 * PostgreSQL LISTEN/NOTIFY (the entry is committed before anyone hears of it), so an officer
 * connected to any instance receives what any instance put in the inbox. A comment is sent every
 * {@code heartbeat} so that proxies and the gateway keep idle streams open. How a stream is written
 * (server-sent events) is the web edge's, behind {@link StreamSink}.
 */
@Component
public class InboxStream implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxStream.class);

  private final DataSource dataSource;
  private final Inbox inbox;
  private final Duration heartbeat;
  private final int resumeLimit;
  private final Map<String, Set<Subscriber>> streams = new ConcurrentHashMap<>();
  private volatile boolean running;
  private Thread listener;

  InboxStream(
      DataSource dataSource,
      Inbox inbox,
      @Value("${platform.notifications.stream.heartbeat:PT15S}") Duration heartbeat,
      @Value("${platform.notifications.stream.resume-limit:500}") int resumeLimit) {
    this.dataSource = dataSource;
    this.inbox = inbox;
    this.heartbeat = heartbeat;
    this.resumeLimit = resumeLimit;
  }

  /**
   * Opens a stream of {@code unit}'s new entries into {@code sink}, until the sink closes it. With
   * {@code lastEventId} (the {@code Last-Event-ID} of a reconnecting client) the entries created
   * after that one come first, in creation order, then the live ones. The stream is registered for
   * live entries before the backlog is read, and live entries are held back until the backlog is
   * sent, then sent unless the backlog had them: an entry committed meanwhile is neither lost nor
   * sent twice. An id that is no entry of the unit, or a backlog beyond {@code resumeLimit} (the
   * newest are sent), is told by a resync ({@link StreamSink#resync}): reload the inbox to catch
   * up.
   */
  public void open(String unit, String lastEventId, StreamSink sink) {
    boolean resuming = lastEventId != null && !lastEventId.isBlank();
    Subscriber subscriber = new Subscriber(sink, resuming);
    Set<Subscriber> ofUnit = streams.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet());
    ofUnit.add(subscriber);
    Runnable remove = () -> ofUnit.remove(subscriber);
    sink.onClose(remove);
    try {
      sink.comment("inbox of " + unit);
      if (resuming) {
        subscriber.replay(inbox.backlog(unit, lastEventId, resumeLimit));
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Inbox stream of {} could not start: {}", unit, e.getMessage());
      remove.run();
      sink.fail(e);
    }
  }

  /** Why a resumed stream may have missed entries. */
  public enum ResyncReason {
    UNKNOWN_LAST_EVENT_ID,
    BACKLOG_TRUNCATED
  }

  /**
   * One open stream: while its backlog is sent, live entries wait; afterwards none is sent twice.
   */
  private final class Subscriber {

    private final StreamSink sink;
    private final Set<UUID> replayed = new HashSet<>();

    /** Live entries that came while the backlog was read; null once it is sent. */
    private List<InboxEntry> held;

    Subscriber(StreamSink sink, boolean resuming) {
      this.sink = sink;
      this.held = resuming ? new ArrayList<>() : null;
    }

    synchronized void live(InboxEntry entry) throws IOException {
      if (held != null) {
        held.add(entry);
      } else if (!replayed.contains(entry.getId())) {
        sink.entry(entry);
      }
    }

    synchronized void replay(Inbox.Backlog backlog) throws IOException {
      if (!backlog.known() || backlog.truncated()) {
        ResyncReason reason =
            backlog.known() ? ResyncReason.BACKLOG_TRUNCATED : ResyncReason.UNKNOWN_LAST_EVENT_ID;
        sink.resync(reason);
      }
      for (InboxEntry entry : backlog.entries()) {
        sink.entry(entry);
        replayed.add(entry.getId());
      }
      for (InboxEntry live : held) {
        if (!replayed.contains(live.getId())) {
          sink.entry(live);
        }
      }
      held = null;
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
    inbox
        .entryOf(unit, entryId)
        .ifPresent(
            entry -> {
              for (Subscriber subscriber : ofUnit) {
                try {
                  subscriber.live(entry);
                } catch (IOException | IllegalStateException e) {
                  ofUnit.remove(subscriber);
                }
              }
            });
  }

  private void beat() {
    streams
        .values()
        .forEach(
            ofUnit ->
                ofUnit.forEach(
                    subscriber -> {
                      try {
                        subscriber.sink.comment("heartbeat");
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
    streams.values().forEach(ofUnit -> ofUnit.forEach(subscriber -> subscriber.sink.complete()));
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
