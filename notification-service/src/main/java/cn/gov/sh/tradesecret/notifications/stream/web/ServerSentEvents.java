package cn.gov.sh.tradesecret.notifications.stream.web;

import cn.gov.sh.tradesecret.notifications.inbox.InboxEntry;
import cn.gov.sh.tradesecret.notifications.inbox.web.InboxEntryMapper;
import cn.gov.sh.tradesecret.notifications.stream.InboxStream;
import cn.gov.sh.tradesecret.notifications.stream.StreamSink;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A live stream written as server-sent events: {@code inbox-entry} with the entry's id, {@code
 * inbox-resync}.
 */
class ServerSentEvents implements StreamSink {

  private final SseEmitter emitter;
  private final InboxEntryMapper mapper;

  ServerSentEvents(SseEmitter emitter, InboxEntryMapper mapper) {
    this.emitter = emitter;
    this.mapper = mapper;
  }

  @Override
  public void entry(InboxEntry entry) throws IOException {
    emitter.send(
        SseEmitter.event()
            .id(entry.getId().toString())
            .name("inbox-entry")
            .data(mapper.toResponse(entry), MediaType.APPLICATION_JSON));
  }

  @Override
  public void resync(InboxStream.ResyncReason reason) throws IOException {
    emitter.send(
        SseEmitter.event()
            .name("inbox-resync")
            .data(Map.of("reason", reason.name()), MediaType.APPLICATION_JSON));
  }

  @Override
  public void comment(String text) throws IOException {
    emitter.send(SseEmitter.event().comment(text));
  }

  @Override
  public void onClose(Runnable closed) {
    emitter.onCompletion(closed);
    emitter.onTimeout(closed);
    emitter.onError(e -> closed.run());
  }

  @Override
  public void complete() {
    emitter.complete();
  }

  @Override
  public void fail(Exception cause) {
    emitter.completeWithError(cause);
  }
}
