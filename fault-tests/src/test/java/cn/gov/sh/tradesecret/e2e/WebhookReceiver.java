package cn.gov.sh.tradesecret.e2e;

import static cn.gov.sh.tradesecret.e2e.Gateway.JSON;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * An agency's system receiving the platform's webhooks on this machine: a real HTTP server that
 * checks each signature (Standard Webhooks, with the secret shown at registration), answers 204
 * after {@link #answerAfter} (so that a delivery is in flight when the sender dies), and keeps what
 * arrived by event: the webhook ids it came under and how often.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One webhook as it arrived. */
  record Received(String webhookId, String eventId, String type, String subject) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger forged = new AtomicInteger();
  private volatile byte[] key;
  private volatile Duration answerAfter = Duration.ZERO;

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hooks", this::receive);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  /** The signing secret of the endpoint ({@code whsec_} + base64), as registration showed it. */
  void secret(String secret) {
    key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  void answerAfter(Duration delay) {
    answerAfter = delay;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Webhooks whose signature did not verify. */
  int forged() {
    return forged.get();
  }

  /** The webhook ids each subject's events of {@code type} arrived under. */
  Map<String, Set<String>> webhookIdsBySubject(String type) {
    Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    for (Received webhook : received) {
      if (webhook.type().equals(type)) {
        ids.computeIfAbsent(webhook.subject(), s -> ConcurrentHashMap.newKeySet())
            .add(webhook.webhookId());
      }
    }
    return ids;
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
      String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
      if (!signedByThePlatform(id, timestamp, body, signatures)) {
        forged.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      JsonNode event = JSON.readTree(body);
      received.add(
          new Received(
              id,
              event.path("id").asString(),
              event.path("type").asString(),
              event.path("subject").asString()));
      Thread.sleep(answerAfter.toMillis());
      exchange.sendResponseHeaders(204, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean signedByThePlatform(String id, String timestamp, byte[] body, String signatures) {
    if (key == null || id == null || timestamp == null || signatures == null) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      byte[] expected = mac.doFinal(body);
      for (String signature : signatures.split(" ")) {
        if (signature.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(signature.substring("v1,".length())))) {
          return true;
        }
      }
      return false;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
