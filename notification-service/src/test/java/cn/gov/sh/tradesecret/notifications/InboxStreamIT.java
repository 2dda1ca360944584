package cn.gov.sh.tradesecret.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InboxStreamIT extends NotificationIntegrationTest {

  /** An open stream: the lines received so far. */
  record Stream_(HttpResponse<Stream<String>> response, List<String> lines) {

    /** The ids of the entries received, in order. */
    List<String> entryIds() {
      return lines.stream()
          .filter(line -> line.startsWith("id:"))
          .map(line -> line.substring(3))
          .toList();
    }

    void close() {
      response.body().close();
    }
  }

  /** The id of the entry of {@code unit} that tells of {@code event}, once it is there. */
  String entryOf(String unit, EventEnvelope<?> event) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from inbox_entry where unit = ? and event_id = ?::uuid",
                        Integer.class,
                        unit,
                        event.id())
                    == 1);
    return jdbc.queryForObject(
        "select id::text from inbox_entry where unit = ? and event_id = ?::uuid",
        String.class,
        unit,
        event.id());
  }

  Stream_ open(String token) throws Exception {
    return open(token, null);
  }

  Stream_ open(String token, String lastEventId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inbox/stream"))
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
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
    assertThat(songjiang.response().headers().firstValue("content-type").orElse(""))
        .startsWith("text/event-stream");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !songjiang.lines().isEmpty() && !xuhui.lines().isEmpty());

    EventEnvelope<LeadRegistered> event = NotificationTestData.leadRegistered("310117");
    publish(event);

    await()
        .atMost(PATIENCE)
        .until(() -> songjiang.lines().stream().anyMatch(line -> line.contains(event.subject())));
    assertThat(songjiang.lines()).contains("event:inbox-entry");
    String data =
        songjiang.lines().stream()
            .filter(line -> line.contains(event.subject()))
            .findFirst()
            .orElseThrow();
    assertThat(json.readTree(data.substring("data:".length())).get("eventType").asString())
        .isEqualTo("LeadRegistered");
    await()
        .pollDelay(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> xuhui.lines().stream().anyMatch(line -> line.startsWith(":heartbeat")));
    assertThat(xuhui.lines()).noneMatch(line -> line.contains(event.subject()));
    songjiang.response().body().close();
    xuhui.response().body().close();
  }

  @Test
  void theStreamNeedsAValidToken() throws Exception {
    assertThat(open(null).response().statusCode()).isEqualTo(401);
    assertThat(open(TestIssuer.forgedToken(DemoAccount.SONGJIANG_OFFICER)).response().statusCode())
        .isEqualTo(401);
  }

  @Test
  void aReconnectingStreamGetsWhatItMissedInCreationOrderThenLiveEntriesOnce() throws Exception {
    String token = TestIssuer.token(DemoAccount.SONGJIANG_OFFICER);
    Stream_ first = open(token);
    EventEnvelope<LeadRegistered> seen = NotificationTestData.leadRegistered("310117");
    publish(seen);
    String seenId = entryOf("MR-310117", seen);
    await().atMost(PATIENCE).until(() -> first.entryIds().contains(seenId));
    first.close();
    List<EventEnvelope<LeadRegistered>> missed =
        List.of(
            NotificationTestData.leadRegistered("310117"),
            NotificationTestData.leadRegistered("310117"),
            NotificationTestData.leadRegistered("310117"));
    missed.forEach(this::publish);
    List<String> missedIds = missed.stream().map(event -> entryOf("MR-310117", event)).toList();
    List<String> inCreationOrder =
        jdbc.queryForList(
            "select id::text from inbox_entry where id::text = any(?)" + " order by created_at, id",
            String.class,
            (Object) missedIds.toArray(String[]::new));

    Stream_ resumed = open(token, seenId);
    await().atMost(PATIENCE).until(() -> resumed.entryIds().containsAll(missedIds));
    EventEnvelope<LeadRegistered> live = NotificationTestData.leadRegistered("310117");
    publish(live);
    String liveId = entryOf("MR-310117", live);
    await().atMost(PATIENCE).until(() -> resumed.entryIds().contains(liveId));

    List<String> received = resumed.entryIds();
    assertThat(received).doesNotContain(seenId).doesNotHaveDuplicates();
    assertThat(received.stream().filter(missedIds::contains).toList()).isEqualTo(inCreationOrder);
    assertThat(received.indexOf(liveId))
        .as("live after the backlog")
        .isGreaterThan(received.indexOf(inCreationOrder.get(2)));
    assertThat(resumed.lines()).noneMatch(line -> line.contains("inbox-resync"));
    resumed.close();
  }

  @Test
  void entriesCommittedWhileAStreamResumesArriveExactlyOnce() throws Exception {
    String token = TestIssuer.token(DemoAccount.SONGJIANG_OFFICER);
    EventEnvelope<LeadRegistered> seen = NotificationTestData.leadRegistered("310117");
    publish(seen);
    String seenId = entryOf("MR-310117", seen);
    List<EventEnvelope<LeadRegistered>> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(NotificationTestData.leadRegistered("310117"));
    }
    // events keep coming before, while and after the stream resumes: some reach it in the backlog,
    // some live, some at the seam (committed while the backlog was read)
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(
            () ->
                events.forEach(
                    event -> {
                      publish(event);
                      LockSupport.parkNanos(
                          Duration.ofMillis(15)
                              .toNanos()); // pacing the producer, not awaiting an effect
                    }));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from inbox_entry where unit = 'MR-310117'"
                            + " and event_id = any(?::uuid[])",
                        Integer.class,
                        (Object) events.stream().map(EventEnvelope::id).toArray(String[]::new))
                    >= 10);

    Stream_ resumed = open(token, seenId);
    publishing.get(30, TimeUnit.SECONDS);
    List<String> ids = events.stream().map(event -> entryOf("MR-310117", event)).toList();
    await().atMost(PATIENCE).until(() -> resumed.entryIds().containsAll(ids));

    assertThat(resumed.entryIds()).doesNotHaveDuplicates().doesNotContain(seenId);
    resumed.close();
  }

  @Test
  void anUnknownOrForeignLastEventIdResumesNothingAndSaysSo() throws Exception {
    EventEnvelope<LeadRegistered> xuhuiEvent = NotificationTestData.leadRegistered("310104");
    publish(xuhuiEvent);
    String xuhuiEntry = entryOf("MR-310104", xuhuiEvent);
    String token = TestIssuer.token(DemoAccount.SONGJIANG_OFFICER);

    for (String lastEventId :
        List.of(xuhuiEntry, UUID.randomUUID().toString(), "not-an-id", "' or 1=1 --")) {
      Stream_ stream = open(token, lastEventId);
      assertThat(stream.response().statusCode()).as(lastEventId).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> stream.lines().contains("event:inbox-resync"));
      assertThat(stream.lines())
          .as(lastEventId)
          .contains("data:{\"reason\":\"UNKNOWN_LAST_EVENT_ID\"}")
          .noneMatch(line -> line.startsWith("id:"));
      stream.close();
    }
  }

  @Test
  void aBacklogBeyondTheLimitSendsTheNewestAndSaysSo() throws Exception {
    String unit = NotificationTestData.XUHUI_POLICE.unit();
    Instant start = TestClock.now().minusSeconds(3600);
    List<String> ids = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 502; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id.toString());
      rows.add(
          new Object[] {
            id,
            unit,
            UUID.randomUUID(),
            "B-" + i,
            Timestamp.from(start.plusMillis(i)),
            Timestamp.from(start.plusMillis(i))
          });
    }
    jdbc.batchUpdate(
        """
        insert into inbox_entry (id, unit, event_id, event_type, subject, summary, event, occurred_at, created_at, version)
        values (?, ?, ?, 'ReferralAccepted', ?, 'backlog', '{}', ?, ?, 0)""",
        rows);

    Stream_ stream = open(TestIssuer.token(NotificationTestData.XUHUI_POLICE), ids.get(0));
    await().atMost(PATIENCE).until(() -> stream.entryIds().contains(ids.get(501)));

    assertThat(stream.lines()).contains("data:{\"reason\":\"BACKLOG_TRUNCATED\"}");
    assertThat(stream.entryIds()).as("the newest 500, oldest first").isEqualTo(ids.subList(2, 502));
    stream.close();
  }
}
