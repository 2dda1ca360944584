package cn.gov.sh.tradesecret.agency.subscriber;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One webhook message: verify (signature and timestamp), drop a duplicate, validate the event
 * against its published schema, store it, answer. Nothing slow happens here: the agency's system
 * works on the stored events afterwards, so the platform gets its answer in milliseconds.
 *
 * <ul>
 *   <li>204: stored, or already stored (a retry of a message received before)
 *   <li>401: signature or timestamp wrong (not from the platform, tampered with, or replayed late)
 *   <li>400: signed, but not an event of the catalogue (the platform retries; fix and it arrives)
 *   <li>413: larger than any event; 405: not a POST; 503: the catalogue could not be read
 * </ul>
 */
final class WebhookHandler implements HttpHandler {

  /** Far above any event of the catalogue. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;

  private static final System.Logger log = System.getLogger(WebhookHandler.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Webhook webhook;
  private final CatalogueSchemas schemas;
  private final ReceivedEvents received;

  WebhookHandler(Webhook webhook, CatalogueSchemas schemas, ReceivedEvents received) {
    this.webhook = webhook;
    this.schemas = schemas;
    this.received = received;
  }

  /** What the receiver answers: a status and, for a refusal, why. */
  private record Answer(int status, String text) {
    static final Answer STORED = new Answer(204, null);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = receive(exchange);
      } catch (CatalogueSchemas.CatalogueUnavailableException e) {
        log.log(Level.ERROR, e.getMessage(), e);
        answer = new Answer(503, "try again later");
      }
      send(exchange, answer);
    }
  }

  private Answer receive(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return new Answer(405, "POST only");
    }
    byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      // Read on (up to a limit) so the sender gets the answer rather than a reset connection.
      exchange.getRequestBody().skip(DRAIN_LIMIT_BYTES);
      return new Answer(413, "too large");
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    Map<String, List<String>> headers = exchange.getRequestHeaders();
    try {
      webhook.verify(body, headers);
    } catch (WebhookVerificationException e) {
      log.log(Level.WARNING, "refused a message: {0}", e.getMessage());
      return new Answer(401, "signature or timestamp not valid");
    }
    String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
    if (!ReceivedEvents.isMessageId(webhookId)) {
      return new Answer(400, "webhook-id is not a message id");
    }
    if (received.contains(webhookId)) {
      return Answer.STORED;
    }
    List<String> problems = problems(body);
    if (!problems.isEmpty()) {
      log.log(Level.WARNING, "message {0} is no event of the catalogue: {1}", webhookId, problems);
      return new Answer(400, String.join("\n", problems));
    }
    received.store(webhookId, body);
    return Answer.STORED;
  }

  private List<String> problems(String body) {
    JsonNode event;
    try {
      event = JSON.readTree(body);
    } catch (JacksonException e) {
      return List.of("not JSON");
    }
    return event.isObject() ? schemas.problems(event) : List.of("not a JSON object");
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    if (answer.text() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
      return;
    }
    byte[] bytes = answer.text().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
