package cn.gov.sh.tradesecret.notifications;

import static cn.gov.sh.tradesecret.notifications.NotificationTestData.leadRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.notifications.WebhookReceiver.Answer;
import cn.gov.sh.tradesecret.notifications.WebhookReceiver.Received;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TopicProbe;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryIT extends NotificationIntegrationTest {

  /** Verifies as a receiving agency would, with the Standard Webhooks reference library. */
  /**
   * Verifies a delivery as an agency's receiver does, computed here from the Standard Webhooks
   * specification itself (the service signs with the reference library, so this check is
   * independent of it): one of the space-separated signatures is {@code v1,} and the base64
   * HMAC-SHA256, keyed with the secret's base64 part, of {@code id.timestamp.body}; and the
   * timestamp is within five minutes of the receiver's time (the test clock, on which the service
   * signs).
   */
  static void verify(String secret, Received received) throws Exception {
    long timestamp = Long.parseLong(received.timestamp());
    if (Math.abs(timestamp - TestClock.now().getEpochSecond()) > 5 * 60) {
      throw new WebhookVerificationException("Message timestamp too far from the receiver's time");
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(
                    mac.doFinal(
                        (received.webhookId() + "." + timestamp + "." + received.body())
                            .getBytes(StandardCharsets.UTF_8)));
    if (!List.of(received.signature().split(" ")).contains(expected)) {
      throw new WebhookVerificationException("No matching signature found");
    }
  }

  @Test
  void messagesAreSignedPerStandardWebhooksAndRotationSignsWithBothSecrets() throws Exception {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    JsonNode registered = registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook);
    String endpointId = registered.get("endpoint").get("id").asString();
    String firstSecret = registered.get("secret").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "LeadRegistered", endpointId);
    assertThat(firstSecret).startsWith("whsec_");

    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    await().atMost(PATIENCE).until(() -> hook.concerning(event.subject()).size() == 1);

    Received received = hook.concerning(event.subject()).get(0);
    verify(firstSecret, received);
    assertThat(Long.parseLong(received.timestamp()))
        .isCloseTo(TestClock.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
    assertThat(received.eventId()).isEqualTo(event.id());
    assertThat(json.readTree(received.body()).get("data").get("leadId").asString())
        .isEqualTo(event.subject());
    Received tampered =
        new Received(
            received.webhookId(),
            received.timestamp(),
            received.signature(),
            received.body().replace("Acme", "Acne"),
            0,
            Map.of());
    assertThatThrownBy(() -> verify(firstSecret, tampered))
        .isInstanceOf(WebhookVerificationException.class);

    JsonNode rotated =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/webhook-endpoints/" + endpointId + "/secret-rotation", "")
            .json();
    String secondSecret = rotated.get("secret").asString();
    assertThat(secondSecret).isNotEqualTo(firstSecret);
    assertThat(rotated.get("previousSecretExpiresAt").isNull()).isFalse();
    EventEnvelope<LeadRegistered> next = leadRegistered("310117");
    publish(next);
    await().atMost(PATIENCE).until(() -> hook.concerning(next.subject()).size() == 1);

    Received afterRotation = hook.concerning(next.subject()).get(0);
    assertThat(afterRotation.signature().split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
    verify(firstSecret, afterRotation);
    verify(secondSecret, afterRotation);
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .post("/api/webhook-endpoints/" + endpointId + "/secret-rotation", "")
                .status())
        .as("another unit's endpoint")
        .isEqualTo(404);
  }

  @Test
  void aFailingReceiverIsRetriedWithTheSameWebhookIdUntilItRecovers() {
    AtomicInteger calls = new AtomicInteger();
    WebhookReceiver.Hook hook =
        RECEIVER.newHook().answering(r -> Answer.status(calls.incrementAndGet() <= 2 ? 503 : 200));
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    List<Received> received = hook.concerning(event.subject());
    assertThat(received).hasSize(3);
    assertThat(received).extracting(Received::webhookId).containsOnly(received.get(0).webhookId());
    JsonNode log =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/deliveries/" + received.get(0).webhookId())
            .json();
    assertThat(log.get("delivery").get("status").asString()).isEqualTo("DELIVERED");
    assertThat(log.get("attempts").findValuesAsString("statusCode"))
        .containsExactly("503", "503", "200");
    assertThat(log.get("attempts").get(0).get("latencyMs").isNumber()).isTrue();
    assertThat(log.get("attempts").get(0).get("error").asString()).isEqualTo("HTTP 503");
    JsonNode health =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/webhook-endpoints/" + endpointId + "/health")
            .json();
    assertThat(health.get("status").asString()).isEqualTo("ENABLED");
    assertThat(health.get("failingSince").isNull()).as("recovered").isTrue();
    assertThat(health.get("failedAttemptsLast24h").asLong()).isEqualTo(2);
  }

  @Test
  void tooManyRequestsIsRetriedNoSoonerThanRetryAfter() {
    AtomicInteger calls = new AtomicInteger();
    WebhookReceiver.Hook hook =
        RECEIVER
            .newHook()
            .answering(
                r -> calls.incrementAndGet() == 1 ? new Answer(429, "2", 0) : Answer.status(200));
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    List<Received> received = hook.concerning(event.subject());
    assertThat(received).hasSize(2);
    assertThat(Duration.ofNanos(received.get(1).receivedNanos() - received.get(0).receivedNanos()))
        .as("the schedule says 300 ms, the receiver asked for 2 s")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
  }

  @Test
  void aReceiverThatDiesMidDeliveryLosesNothing() {
    AtomicInteger calls = new AtomicInteger();
    // The first request hangs past the 2 s request timeout: the answer never reaches the sender.
    WebhookReceiver.Hook hook =
        RECEIVER
            .newHook()
            .answering(
                r ->
                    calls.incrementAndGet() == 1
                        ? new Answer(200, null, 3000)
                        : Answer.status(200));
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    List<Received> received = hook.concerning(event.subject());
    assertThat(received).hasSizeGreaterThanOrEqualTo(2);
    assertThat(received).extracting(Received::webhookId).containsOnly(received.get(0).webhookId());
    assertThat(
            jdbc.queryForObject(
                "select error from delivery_attempt where delivery_id = ?::uuid order by id limit 1",
                String.class,
                received.get(0).webhookId()))
        .as("a timeout is not told apart from other failures")
        .isEqualTo("connection failed");
  }

  @Test
  void goneDisablesTheEndpointTellsItsOwnerAndMessagesWaitUntilItIsEnabled() {
    WebhookReceiver.Hook hook = RECEIVER.newHook().answering(r -> Answer.status(410));
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    try (TopicProbe notifications =
        new TopicProbe(bootstrapServers(), Topics.NOTIFICATION_EVENTS)) {
      publish(event);

      ConsumerRecord<String, String> disabled =
          notifications.await(r -> r.key().equals(endpointId), PATIENCE);
      assertThat(disabled.value())
          .contains(
              "\"type\":\"WebhookEndpointDisabled\"",
              "\"reason\":\"GONE\"",
              "\"unit\":\"MR-310117\"");
    }
    JsonNode endpoint =
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/webhook-endpoints/" + endpointId).json();
    assertThat(endpoint.get("status").asString()).isEqualTo("DISABLED");
    assertThat(endpoint.get("disabledReason").asString()).isEqualTo("GONE");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbox_entry where unit = 'MR-310117' and subject = ?"
                    + " and event_type = 'WebhookEndpointDisabled'",
                Integer.class,
                endpointId))
        .as("the owner is told")
        .isOne();

    hook.answering(r -> Answer.status(200));
    EventEnvelope<LeadRegistered> whileDisabled = leadRegistered("310117");
    publish(whileDisabled);
    awaitEverythingBeforeIsConsumed();
    assertThat(hook.concerning(whileDisabled.subject()))
        .as("a disabled endpoint gets nothing")
        .isEmpty();

    api.as(DemoAccount.SONGJIANG_OFFICER)
        .post("/api/webhook-endpoints/" + endpointId + "/enable", "");
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");
    assertThat(hook.concerning(event.subject()).get(0).webhookId())
        .isEqualTo(
            hook.concerning(event.subject())
                .get(hook.concerning(event.subject()).size() - 1)
                .webhookId());
  }

  @Test
  void anEndpointFailingForTooLongIsDisabledAndItsOwnerTold() {
    WebhookReceiver.Hook hook = RECEIVER.newHook().answering(r -> Answer.status(500));
    String endpointId = songjiangCaseSystem(hook);

    // The tests tolerate 3 s of uninterrupted failure (production: 5 days); events keep coming
    // meanwhile.
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(700))
        .until(
            () -> {
              publish(leadRegistered("310117"));
              return api.as(DemoAccount.SONGJIANG_OFFICER)
                  .get("/api/webhook-endpoints/" + endpointId)
                  .json()
                  .get("status")
                  .asString()
                  .equals("DISABLED");
            });

    JsonNode endpoint =
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/webhook-endpoints/" + endpointId).json();
    assertThat(endpoint.get("disabledReason").asString()).isEqualTo("FAILING");
    assertThat(endpoint.get("failingSince").isNull()).isFalse();
    List<JsonNode> notices =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/inbox?unreadOnly=true&size=200")
            .json()
            .get("items")
            .valueStream()
            .filter(item -> item.get("subject").asString().equals(endpointId))
            .toList();
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).get("event").get("data").get("reason").asString())
        .isEqualTo("FAILING");
  }

  @Test
  void exhaustedMessagesAreDeadLettersTheOwnerAndOperatorsInspectAndReplay() {
    WebhookReceiver.Hook hook = RECEIVER.newHook().answering(r -> Answer.status(500));
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DEAD");

    JsonNode deadLetters =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .get("/api/dead-letters?endpointId=" + endpointId)
            .json();
    assertThat(deadLetters.get("items").findValuesAsString("subject"))
        .containsExactly(event.subject());
    String deliveryId = deadLetters.get("items").get(0).get("id").asString();
    JsonNode deadLetter =
        api.as(DemoAccount.SONGJIANG_OFFICER).get("/api/dead-letters/" + deliveryId).json();
    assertThat(deadLetter.get("delivery").get("attempts").asInt()).isEqualTo(4);
    assertThat(deadLetter.get("attempts").findValuesAsString("statusCode"))
        .containsOnly("500")
        .hasSize(4);
    assertThat(deadLetter.get("event").get("id").asString()).isEqualTo(event.id());
    assertThat(api.as(DemoAccount.XUHUI_OFFICER).get("/api/dead-letters/" + deliveryId).status())
        .isEqualTo(404);
    assertThat(
            api.as(DemoAccount.OPERATOR)
                .get("/api/dead-letters")
                .json()
                .get("items")
                .findValuesAsString("id"))
        .contains(deliveryId);
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .post("/api/dead-letters/" + deliveryId + "/replay", "")
                .status())
        .isEqualTo(404);

    hook.answering(r -> Answer.status(204));
    var replayed =
        api.as(DemoAccount.OPERATOR).post("/api/dead-letters/" + deliveryId + "/replay", "");
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    List<Received> received = hook.concerning(event.subject());
    assertThat(received).hasSize(5).extracting(Received::webhookId).containsOnly(deliveryId);
    assertThat(
            api.as(DemoAccount.SONGJIANG_OFFICER)
                .post("/api/dead-letters/" + deliveryId + "/replay", "")
                .status())
        .as("no longer dead")
        .isEqualTo(409);
  }

  @Test
  void aLaterEventOfAnAggregateWaitsForTheEarlierOneEvenUnderRetries() {
    String referralId = "R-" + UUID.randomUUID();
    AtomicInteger proposedCalls = new AtomicInteger();
    WebhookReceiver.Hook hook =
        RECEIVER
            .newHook()
            .answering(
                r ->
                    r.body().contains("\"type\":\"ReferralProposed\"")
                            && r.concerns(referralId)
                            && proposedCalls.incrementAndGet() <= 3
                        ? Answer.status(502)
                        : Answer.status(200));
    String endpointId =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook).get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "referral-events", endpointId);
    var proposed = NotificationTestData.referralProposed(referralId, "310117");
    var accepted = NotificationTestData.referralAccepted(referralId, "310117");
    var otherReferral = NotificationTestData.referralProposed("R-" + UUID.randomUUID(), "310117");

    publish(proposed);
    publish(accepted);
    publish(otherReferral);
    awaitDeliveryStatus(endpointId, accepted.id(), "DELIVERED");

    List<String> types =
        hook.concerning(referralId).stream()
            .map(r -> json.readTree(r.body()).get("type").asString())
            .toList();
    assertThat(types)
        .containsExactly(
            "ReferralProposed",
            "ReferralProposed",
            "ReferralProposed",
            "ReferralProposed",
            "ReferralAccepted");
    Received proposedDelivered = hook.concerning(referralId).get(3);
    Received other = hook.concerning(otherReferral.subject()).get(0);
    assertThat(other.receivedNanos())
        .as("another referral does not wait")
        .isLessThan(proposedDelivered.receivedNanos());
  }

  @Test
  void anEventPublishedTwiceIsDeliveredOnce() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");

    publish(event);
    publish(event);
    awaitEverythingBeforeIsConsumed();
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    assertThat(hook.concerning(event.subject())).hasSize(1);
  }

  @Test
  void concurrentWorkersDeliverEveryMessageOnceAndInOrderPerAggregate() {
    WebhookReceiver.Hook hook =
        RECEIVER
            .newHook()
            .answering(
                r ->
                    Answer.status(
                        Math.floorMod(r.webhookId().hashCode(), 5) == 0
                                && r.body().contains("Proposed")
                            ? 503
                            : 200));
    String endpointId =
        registerEndpoint(DemoAccount.SONGJIANG_OFFICER, hook).get("endpoint").get("id").asString();
    subscribeWebhook(DemoAccount.SONGJIANG_OFFICER, "referral-events", endpointId);
    List<String> referrals = new ArrayList<>();
    List<EventEnvelope<?>> events = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      referrals.add("R-" + UUID.randomUUID());
    }
    for (String referral : referrals) {
      events.add(NotificationTestData.referralProposed(referral, "310117"));
    }
    for (String referral : referrals) {
      events.add(NotificationTestData.referralAccepted(referral, "310117"));
    }
    events.forEach(this::publish);

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                events.stream()
                    .allMatch(
                        e ->
                            !deliveryStatus(endpointId, e.id()).equals("PENDING")
                                && !deliveryStatus(endpointId, e.id()).equals("NONE")));

    Map<String, List<Received>> byEvent =
        hook.received.stream().collect(Collectors.groupingBy(Received::eventId));
    for (EventEnvelope<?> event : events) {
      assertThat(deliveryStatus(endpointId, event.id())).isIn("DELIVERED", "DEAD");
      assertThat(byEvent.get(event.id()))
          .extracting(Received::webhookId)
          .as("one message per event")
          .containsOnly(byEvent.get(event.id()).get(0).webhookId());
    }
    for (String referral : referrals) {
      List<String> types =
          hook.concerning(referral).stream()
              .map(r -> json.readTree(r.body()).get("type").asString())
              .distinct()
              .toList();
      assertThat(types).containsExactly("ReferralProposed", "ReferralAccepted");
    }
    assertThat(
            jdbc.queryForObject(
                """
        select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id
        where d.endpoint_id = ?::uuid and a.status_code = 200""",
                Integer.class,
                endpointId))
        .as("no message acknowledged twice")
        .isEqualTo(
            jdbc.queryForObject(
                "select count(*) from delivery where endpoint_id = ?::uuid and status = 'DELIVERED'",
                Integer.class,
                endpointId));
  }

  @Test
  void aReplaySendsEveryMatchingEventSinceATimeAgain() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> before = leadRegistered("310117");
    publish(before);
    awaitDeliveryStatus(endpointId, before.id(), "DELIVERED");
    Instant since = TestClock.now();
    EventEnvelope<LeadRegistered> first = leadRegistered("310117");
    EventEnvelope<LeadRegistered> second = leadRegistered("310117");
    EventEnvelope<LeadRegistered> otherDistrict = leadRegistered("310104");
    publish(first);
    publish(second);
    publish(otherDistrict);
    awaitDeliveryStatus(endpointId, second.id(), "DELIVERED");

    var replay =
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post("/api/replays", Map.of("endpointId", endpointId, "since", since.toString()));

    assertThat(replay.status()).as(replay.body()).isEqualTo(202);
    assertThat(replay.json().get("events").asInt()).isEqualTo(2);
    await().atMost(PATIENCE).until(() -> hook.concerning(second.subject()).size() == 2);
    assertThat(hook.concerning(first.subject())).hasSize(2);
    assertThat(hook.concerning(first.subject()).get(1).webhookId())
        .as("a replay is a new message")
        .isNotEqualTo(hook.concerning(first.subject()).get(0).webhookId());
    assertThat(hook.concerning(first.subject()).get(1).eventId()).isEqualTo(first.id());
    assertThat(hook.concerning(before.subject())).hasSize(1);
    assertThat(hook.concerning(otherDistrict.subject())).isEmpty();
    Problems.assertInvalid(
        api.as(DemoAccount.SONGJIANG_OFFICER)
            .post(
                "/api/replays",
                Map.of(
                    "endpointId",
                    endpointId,
                    "since",
                    TestClock.now().plusSeconds(3600).toString())),
        "since");
    assertThat(
            api.as(DemoAccount.XUHUI_OFFICER)
                .post("/api/replays", Map.of("endpointId", endpointId, "since", since.toString()))
                .status())
        .isEqualTo(404);
  }

  @Test
  void deliveryMetricsAreOnThePrometheusEndpoint() {
    WebhookReceiver.Hook hook = RECEIVER.newHook();
    String endpointId = songjiangCaseSystem(hook);
    EventEnvelope<LeadRegistered> event = leadRegistered("310117");
    publish(event);
    awaitDeliveryStatus(endpointId, event.id(), "DELIVERED");

    String metrics = api.as(DemoAccount.OPERATOR).get("/actuator/prometheus").body();

    assertThat(metrics)
        .contains(
            "notification_webhook_attempts_total{",
            "outcome=\"delivered\"",
            "notification_webhook_attempt_latency_seconds_bucket{",
            "notification_webhook_delivery_lag_seconds_bucket{",
            "notification_webhook_queue_depth{",
            "notification_webhook_dead_letters_total{");
    assertThat(api.as(DemoAccount.SONGJIANG_OFFICER).get("/actuator/prometheus").status())
        .isEqualTo(403);
  }

  /**
   * Publishes a marker and waits until it is routed: everything published before it was consumed
   * too.
   */
  void awaitEverythingBeforeIsConsumed() {
    EventEnvelope<LeadRegistered> marker = leadRegistered("310117");
    publish(marker);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from event_history where event_id = ?::uuid",
                        Integer.class,
                        marker.id())
                    == 1);
  }
}
