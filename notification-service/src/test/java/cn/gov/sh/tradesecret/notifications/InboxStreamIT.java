package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InboxStreamIT extends NotificationIntegrationTest {

  /** An open stream: the lines received so far. */
  record Stream_(HttpResponse<Stream<String>> response, List<String> lines) {}

  Stream_ open(String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inbox/stream"))
        .header("Accept", "text/event-stream");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofLines());
    List<String> lines = new CopyOnWriteArrayList<>();
    if (response.statusCode() == 200) {
      CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
    }
    return new Stream_(response, lines);
  }

  @Test
  void aNewEntryArrivesOnTheStreamsOfItsUnitOnly() throws Exception {
    Stream_ songjiang = open(TestIssuer.token(DemoAccount.SONGJIANG_OFFICER));
    Stream_ xuhui = open(TestIssuer.token(DemoAccount.XUHUI_OFFICER));
    assertThat(songjiang.response().statusCode()).isEqualTo(200);
    assertThat(songjiang.response().headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
    await().atMost(Duration.ofSeconds(10)).until(() -> !songjiang.lines().isEmpty() && !xuhui.lines().isEmpty());

    EventEnvelope<LeadRegistered> event = NotificationTestData.leadRegistered("310117");
    publish(event);

    await().atMost(PATIENCE).until(() -> songjiang.lines().stream().anyMatch(line -> line.contains(event.subject())));
    assertThat(songjiang.lines()).contains("event:inbox-entry");
    String data = songjiang.lines().stream().filter(line -> line.contains(event.subject())).findFirst().orElseThrow();
    assertThat(json.readTree(data.substring("data:".length())).get("eventType").asString()).isEqualTo("LeadRegistered");
    await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
        .until(() -> xuhui.lines().stream().anyMatch(line -> line.startsWith(":heartbeat")));
    assertThat(xuhui.lines()).noneMatch(line -> line.contains(event.subject()));
    songjiang.response().body().close();
    xuhui.response().body().close();
  }

  @Test
  void theStreamNeedsAValidToken() throws Exception {
    assertThat(open(null).response().statusCode()).isEqualTo(401);
    assertThat(open(TestIssuer.forgedToken(DemoAccount.SONGJIANG_OFFICER)).response().statusCode()).isEqualTo(401);
  }
}
