package cn.gov.sh.tradesecret.notifications.stream;

import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.inbox.web.InboxEntryMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
  private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  private volatile boolean running;
  private Thread listener;

  InboxStream(DataSource dataSource, Inbox inbox, InboxEntryMapper mapper,
      @Value("${platform.notifications.stream.timeout:PT30M}") Duration timeout,
      @Value("${platform.notifications.stream.heartbeat:PT15S}") Duration heartbeat) {
    this.dataSource = dataSource;
    this.inbox = inbox;
    this.mapper = mapper;
    this.timeout = timeout;
    this.heartbeat = heartbeat;
  }

  /** Opens a stream of {@code unit}'s new entries; it ends after the timeout (clients reconnect). */
  SseEmitter open(String unit) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Set<SseEmitter> ofUnit = streams.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet());
    ofUnit.add(emitter);
    Runnable remove = () -> ofUnit.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().comment("inbox of " + unit));
    } catch (IOException e) {
      remove.run();
    }
    return emitter;
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
    Set<SseEmitter> ofUnit = streams.get(unit);
    if (ofUnit == null || ofUnit.isEmpty()) {
      return;
    }
    UUID entryId = UUID.fromString(payload.substring(bar + 1));
    inbox.entryOf(unit, entryId).map(mapper::toResponse).ifPresent(entry -> {
      for (SseEmitter emitter : ofUnit) {
        try {
          emitter.send(SseEmitter.event().id(entryId.toString()).name("inbox-entry")
              .data(entry, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
          ofUnit.remove(emitter);
        }
      }
    });
  }

  private void beat() {
    streams.values().forEach(ofUnit -> ofUnit.forEach(emitter -> {
      try {
        emitter.send(SseEmitter.event().comment("heartbeat"));
      } catch (IOException | IllegalStateException e) {
        ofUnit.remove(emitter);
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
    streams.values().forEach(ofUnit -> ofUnit.forEach(SseEmitter::complete));
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
