package cn.gov.sh.tradesecret.notifications.stream.web;

import cn.gov.sh.tradesecret.notifications.inbox.web.InboxEntryMapper;
import cn.gov.sh.tradesecret.notifications.stream.InboxStream;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/inbox/stream}: server-sent events ({@code event: inbox-entry}, {@code id}: the
 * entry id, {@code data}: the entry as {@code GET /api/inbox/{id}} shows it) of each new entry of
 * the caller's unit, for as long as the connection lasts (30 minutes, then reconnect). A client
 * that reconnects with {@code Last-Event-ID} first gets the entries created after that one (at most
 * 500, the newest), then the live ones; {@code event: inbox-resync} ({@code data: {"reason":
 * "UNKNOWN_LAST_EVENT_ID" | "BACKLOG_TRUNCATED"}}) says it may have missed some and should reload
 * {@code GET /api/inbox}.
 */
@RestController
class InboxStreamController {

  private final InboxStream stream;
  private final InboxEntryMapper mapper;
  private final Duration timeout;

  InboxStreamController(
      InboxStream stream,
      InboxEntryMapper mapper,
      @Value("${platform.notifications.stream.timeout:PT30M}") Duration timeout) {
    this.stream = stream;
    this.mapper = mapper;
    this.timeout = timeout;
  }

  @GetMapping(path = "/api/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      Officer officer,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
    // the stream ends after the timeout: clients reconnect, with Last-Event-ID
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    stream.open(officer.unit(), lastEventId, new ServerSentEvents(emitter, mapper));
    return emitter;
  }
}
