package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.leadRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.agency.subscriber.AgencySubscriber;
import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.notifications.WebhookReceiver.Answer;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.RealTime;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The agencies' example receiver (examples/agency-subscriber) against this service: real webhook
 * deliveries, verified with the Standard Webhooks library and validated against the schemas the
 * public catalogue serves; and the events this service itself publishes on Kafka, validated against
 * the same schemas.
 */
class AgencySubscriberIT extends NotificationIntegrationTest {

  @TempDir Path store;
  AgencySubscriber subscriber;

  /**
   * The library checks a message's timestamp against the machine's clock, as an agency's receiver
   * does; the service signs on its clock, so that runs on the real time while the receiver runs.
   */
  @BeforeEach
  @RealTime("webhook timestamps are credentials: the Standard Webhooks library reads the real time")
  void serviceClockOnRealTime() {
    TestClock.suite().setTo(Instant.now());
  }

  @AfterEach
  void stop() {
    if (subscriber != null) {
      subscriber.close();
    }
    TestClock.suite().reset();
  }

  /**
   * A Songjiang lead, dated the day before the suite's date: the service's history keeps it, and a
   * replay of another test (since a time on the suite's clock) must not find it.
   */
  private static EventEnvelope<LeadRegistered> songjiangLead() {
    EventEnvelope<LeadRegistered> lead = leadRegistered("310117");
    return EventEnvelope.of(
        "case-service",
        lead.data(),
        TestClock.suiteStart().minus(Duration.ofDays(1)),
        lead.correlationid());
  }

  private String catalogue() {
    return "http://127.0.0.1:" + port + "/api/event-catalogue";
  }

  /** Registers an endpoint of the Songjiang bureau on a free port, subscribed to case events. */
  private Map.Entry<String, JsonNode> songjiangEndpointOnFreePort() throws IOException {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + free + AgencySubscriber.PATH;
    JsonNode registered =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/webhook-endpoints", Map.of("url", url, "description", "example receiver"))
            .json();
    subscribeWebhook(
        DemoAccount.SONGJIANG_OFFICER,
        Topics.CASE_EVENTS,
        registered.get("endpoint").get("id").asString());
    return Map.entry(Integer.toString(free), registered);
  }

  private AgencySubscriber start(int port, String secret) throws IOException {
    return AgencySubscriber.start(
        new AgencySubscriber.Settings("127.0.0.1", port, secret, URI.create(catalogue()), store));
  }

  @Test
  void theExampleSubscriberVerifiesValidatesAndStoresRealDeliveries() throws IOException {
    var endpoint = songjiangEndpointOnFreePort();
    String endpointId = endpoint.getValue().get("endpoint").get("id").asString();
    subscriber =
        start(Integer.parseInt(endpoint.getKey()), endpoint.getValue().get("secret").asString());
    EventEnvelope<LeadRegistered> first = songjiangLead();
    EventEnvelope<LeadRegistered> second = songjiangLead();

    publish(first);
    publish(second);

    awaitDeliveryStatus(endpointId, first.id(), "DELIVERED");
    awaitDeliveryStatus(endpointId, second.id(), "DELIVERED");
    List<JsonNode> stored = subscriber.received().all().stream().map(json::readTree).toList();
    assertThat(stored)
        .extracting(event -> event.get("id").asString())
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(stored)
        .allSatisfy(event -> assertThat(event.get("type").asString()).isEqualTo("LeadRegistered"));
  }

  @Test
  void deliveriesTheSubscriberCannotVerifyAreNotStoredAndStayUndelivered() throws IOException {
    var endpoint = songjiangEndpointOnFreePort();
    String endpointId = endpoint.getValue().get("endpoint").get("id").asString();
    subscriber = start(Integer.parseInt(endpoint.getKey()), "whsec_QUJDREVGR0hJSktMTU5PUA==");
    EventEnvelope<LeadRegistered> event = songjiangLead();

    publish(event);

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from delivery_attempt a join delivery d on d.id ="
                            + " a.delivery_id where d.endpoint_id = ?::uuid and d.event_id ="
                            + " ?::uuid and a.error = 'HTTP 401'",
                        Integer.class,
                        endpointId,
                        event.id())
                    > 0);
    assertThat(deliveryStatus(endpointId, event.id())).isNotEqualTo("DELIVERED");
    assertThat(subscriber.received().all()).isEmpty();
  }

  @Test
  void theEventsThisServicePublishesOnKafkaAreValidByThePublishedSchemas() {
    // WebhookEndpointDisabled: an endpoint answering 410 Gone is disabled and its owner told.
    WebhookReceiver.Hook gone = RECEIVER.newHook().answering(r -> Answer.status(410));
    String endpointId = songjiangCaseSystem(gone);
    EventEnvelope<LeadRegistered> event = songjiangLead();
    try (TopicProbe published = new TopicProbe(bootstrapServers(), Topics.NOTIFICATION_EVENTS)) {
      publish(event);
      ConsumerRecord<String, String> disabled =
          published.await(r -> r.key().equals(endpointId), PATIENCE);

      // InboxEntryRead: the read receipt of the bureau's inbox entry of the same event.
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  jdbc.queryForObject(
                          "select count(*) from inbox_entry where unit = 'MR-310117' and event_id"
                              + " = ?::uuid",
                          Integer.class,
                          event.id())
                      == 1);
      String entryId =
          jdbc.queryForObject(
              "select id::text from inbox_entry where unit = 'MR-310117' and event_id = ?::uuid",
              String.class,
              event.id());
      api.as(DemoAccount.SONGJIANG_OFFICER).post("/api/inbox/" + entryId + "/read", "");
      ConsumerRecord<String, String> read =
          published.await(r -> r.value().contains(entryId), PATIENCE);

      for (ConsumerRecord<String, String> record : List.of(disabled, read)) {
        JsonNode publishedEvent = json.readTree(record.value());
        String schema =
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .get(
                    "/api/event-catalogue/schemas/"
                        + publishedEvent.get("type").asString()
                        + "/v"
                        + publishedEvent.get("schemaversion").asInt()
                        + ".json")
                .body();
        assertThat(
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema)
                    .validate(publishedEvent))
            .as(record.value())
            .isEmpty();
      }
    }
  }
}
