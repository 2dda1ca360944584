package cn.gov.sh.tradesecret.console.inbox.web;

import cn.gov.sh.tradesecret.console.web.ConsoleProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unread count, live: the console follows the unit's inbox stream at notification-service
 * ({@code GET /api/inbox/stream}) with the officer's token and, at each notice, sends the browser
 * the new count (event {@code unread}, which htmx's SSE extension swaps into the badge). The
 * browser reconnects when the stream ends, with a fresh token from the session.
 */
@RestController
class UnreadCountStream implements DisposableBean {

  /** Shorter than an access token's life: the next connection takes a renewed token. */
  private static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService followers = Executors.newCachedThreadPool();
  private final OAuth2AuthorizedClientManager clients;
  private final URI gateway;

  UnreadCountStream(OAuth2AuthorizedClientManager clients, ConsoleProperties properties) {
    this.clients = clients;
    this.gateway = properties.gatewayUri();
  }

  @GetMapping(path = "/inbox/stream", produces = "text/event-stream")
  SseEmitter stream(
      Authentication officer, HttpServletRequest request, HttpServletResponse response) {
    OAuth2AuthorizedClient client =
        clients.authorize(
            OAuth2AuthorizeRequest.withClientRegistrationId("identity")
                .principal(officer)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build());
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    if (client == null) {
      emitter.complete();
      return emitter;
    }
    String token = client.getAccessToken().getTokenValue();
    AtomicReference<Stream<String>> upstream = new AtomicReference<>();
    // the browser left or the stream timed out: stop following the inbox for it
    Runnable stop =
        () -> {
          Stream<String> lines = upstream.getAndSet(Stream.empty());
          if (lines != null) {
            lines.close();
          }
        };
    emitter.onCompletion(stop);
    emitter.onTimeout(stop);
    emitter.onError((e) -> stop.run());
    followers.execute(() -> follow(token, emitter, upstream));
    return emitter;
  }

  private void follow(String token, SseEmitter emitter, AtomicReference<Stream<String>> upstream) {
    try {
      send(emitter, unreadCount(token));
      HttpResponse<Stream<String>> notices =
          http.send(
              HttpRequest.newBuilder(gateway.resolve("/api/inbox/stream"))
                  .header("Authorization", "Bearer " + token)
                  .header("Accept", "text/event-stream")
                  .timeout(STREAM_LIFETIME)
                  .build(),
              HttpResponse.BodyHandlers.ofLines());
      if (!upstream.compareAndSet(null, notices.body())) {
        notices.body().close();
        return;
      }
      try (Stream<String> lines = notices.body()) {
        // A blank line ends an event: then the count has changed.
        lines.filter(String::isEmpty).forEach((end) -> send(emitter, unreadCount(token)));
      }
      emitter.complete();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // the browser left or the stream broke: the browser reconnects if it is still there
      emitter.complete();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      emitter.complete();
    }
  }

  private String unreadCount(String token) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(gateway.resolve("/api/inbox/unread-count"))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("unread count answered " + answer.statusCode());
      }
      return JSON.readTree(answer.body()).path("unread").asString("0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void send(SseEmitter emitter, String count) {
    try {
      emitter.send(SseEmitter.event().name("unread").data(count));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void destroy() {
    followers.shutdownNow();
  }
}
