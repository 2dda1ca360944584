package cn.gov.sh.tradesecret.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A tiny real HTTP server standing in for a service behind the gateway: it records every request
 * and answers JSON, a fixed body for paths given to {@link #respond}.
 */
final class RecordingServer {

  private final String name;

  private final HttpServer server;

  private final List<Received> received = new CopyOnWriteArrayList<>();

  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  private RecordingServer(String name) {
    this.name = name;
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    this.server.createContext("/", this::handle);
    this.server.start();
  }

  static RecordingServer start(String name) {
    return new RecordingServer(name);
  }

  RecordingServer respond(String path, String json) {
    this.bodies.put(path, json);
    return this;
  }

  /** Answers {@code path} with {@code status} (and the default body). */
  RecordingServer fail(String path, int status) {
    this.statuses.put(path, status);
    return this;
  }

  String url() {
    return "http://localhost:" + this.server.getAddress().getPort();
  }

  String url(String path) {
    return url() + path;
  }

  Optional<Received> received(String path) {
    return this.received.stream().filter((request) -> request.path().equals(path)).findFirst();
  }

  /** How many requests to {@code path} arrived. */
  long count(String path) {
    return this.received.stream().filter((request) -> request.path().equals(path)).count();
  }

  void stop() {
    this.server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, List<String>> headers =
          exchange.getRequestHeaders().entrySet().stream()
              .collect(
                  Collectors.toMap(
                      (entry) -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
      this.received.add(new Received(exchange.getRequestMethod(), path, headers));
      byte[] body =
          this.bodies
              .getOrDefault(path, "{\"service\":\"" + this.name + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(this.statuses.getOrDefault(path, 200), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** A request as the service received it; header names in lower case. */
  record Received(String method, String path, Map<String, List<String>> headers) {

    String header(String name) {
      List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
      return (values != null && !values.isEmpty()) ? values.get(0) : null;
    }
  }
}
