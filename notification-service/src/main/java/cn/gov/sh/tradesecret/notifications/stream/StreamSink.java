package cn.gov.sh.tradesecret.notifications.stream;

import cn.gov.sh.tradesecret.notifications.inbox.InboxEntry;
import java.io.IOException;

/**
 * One open live stream as the web edge writes it. {@link InboxStream} decides what is sent and
 * when; a sink only writes it. A write that fails (the client went away) throws, and the stream is
 * dropped.
 */
public interface StreamSink {

  /** A new entry of the unit. */
  void entry(InboxEntry entry) throws IOException;

  /** The stream may have missed entries: the client should reload the inbox. */
  void resync(InboxStream.ResyncReason reason) throws IOException;

  /** A line for the reader's eyes only, which also keeps idle connections open. */
  void comment(String text) throws IOException;

  /** Runs {@code closed} once the stream ends, however it ends. */
  void onClose(Runnable closed);

  /** Ends the stream normally. */
  void complete();

  /** Ends a stream that could not start. */
  void fail(Exception cause);
}
