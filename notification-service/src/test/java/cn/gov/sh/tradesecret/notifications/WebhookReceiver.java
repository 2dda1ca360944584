package cn.gov.sh.tradesecret.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An agency's system in a test: a real HTTP server on loopback. Each hook (a path) answers as its
 * test tells it and records every request it got, in order.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(
      String webhookId,
      String timestamp,
      String signature,
      String body,
      long receivedNanos,
      Map<String, List<String>> headers) {

    String eventId() {
      int at = body.indexOf("\"id\":\"");
      return body.substring(at + 6, body.indexOf('"', at + 6));
    }

    boolean concerns(String subject) {
      return body.contains("\"subject\":\"" + subject + "\"");
    }
  }

  /**
   * The answer of a hook: a status, an optional Retry-After, an optional delay before answering.
   */
  record Answer(int status, String retryAfter, long delayMillis) {
    static Answer status(int status) {
      return new Answer(status, null, 0);
    }
  }

  /** A hook: its URL and what it received. */
  final class Hook {
    final String path;
    final List<Received> received = new AppendOnlyList<>();
    volatile Function<Received, Answer> answer = r -> Answer.status(204);

    Hook(String path) {
      this.path = path;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Hook answering(Function<Received, Answer> answer) {
      this.answer = answer;
      return this;
    }

    List<Received> concerning(String subject) {
      return received.stream().filter(r -> r.concerns(subject)).toList();
    }
  }

  /**
   * Appended to by the server's threads while a test reads it. Not a CopyOnWriteArrayList: the
   * benchmark receives tens of thousands of requests, and copying the list on each made the garbage
   * collector run several times as often during its service phases.
   */
  private static final class AppendOnlyList<T> extends AbstractList<T> {
    private final List<T> items = new ArrayList<>();

    @Override
    public synchronized boolean add(T item) {
      return items.add(item);
    }

    @Override
    public synchronized T get(int index) {
      return items.get(index);
    }

    @Override
    public synchronized int size() {
      return items.size();
    }

    @Override
    public synchronized void clear() {
      items.clear();
    }
  }

  private final HttpServer server;
  private final Map<String, Hook> hooks = new ConcurrentHashMap<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  Hook newHook() {
    Hook hook = new Hook("/hooks/" + UUID.randomUUID());
    hooks.put(hook.path, hook);
    return hook;
  }

  private void handle(HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Hook hook = hooks.get(exchange.getRequestURI().getPath());
    if (hook == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    var headers = exchange.getRequestHeaders();
    Received received =
        new Received(
            headers.getFirst("webhook-id"),
            headers.getFirst("webhook-timestamp"),
            headers.getFirst("webhook-signature"),
            new String(body, StandardCharsets.UTF_8),
            now,
            Map.copyOf(headers));
    hook.received.add(received);
    Answer answer = hook.answer.apply(received);
    if (answer.delayMillis() > 0) {
      try {
        Thread.sleep(answer.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.retryAfter() != null) {
      exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
    }
    try {
      exchange.sendResponseHeaders(answer.status(), -1);
    } catch (IOException clientGone) {
      // the sender timed out meanwhile: what a receiver dying mid-delivery looks like from here
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
