package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryQueue;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
import cn.gov.sh.tradesecret.notifications.replay.EventHistory;
import cn.gov.sh.tradesecret.notifications.subscription.Subscriptions;
import cn.gov.sh.tradesecret.support.consumer.EventReader;
import cn.gov.sh.tradesecret.support.consumer.MalformedEventException;
import cn.gov.sh.tradesecret.support.web.Correlation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes the producing services' topics a poll at a time and, once per event, in one
 * transaction for the whole poll: records the events in the history, puts each in the inbox of
 * every unit subscribed to it or addressed by it, and queues a message for every webhook endpoint
 * subscribed to it, in the order of the partition (so an endpoint gets an aggregate's events in
 * order).
 *
 * <p>Once per event, in bulk: the poll's events go into the {@link EventHistory} in the routing
 * transaction, and only the ones not there before are routed, so an event redelivered, or twice in
 * one poll, is routed once (the history is this consumer's once-per-event record, in place of
 * {@code processed_event}: one insert per poll rather than two). If the poll's transaction fails,
 * its events are routed one transaction each; the first that fails is handed to the container's
 * error handler by its index (bounded retries, then the dead-letter topic; a malformed message at
 * once), the ones before it being committed. A transaction per poll
 * rather than per event: a handful of round trips and one commit for up to hundreds of events.
 */
@Component
class EventRouter {

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  private final EventReader reader;
  private final Subscriptions subscriptions;
  private final Inbox inbox;
  private final EventHistory history;
  private final DeliveryQueue deliveries;
  private final JsonMapper json;
  private final TransactionTemplate transaction;
  private final ObjectProvider<Tracer> tracer;
  private final ObjectProvider<Propagator> propagator;

  EventRouter(EventReader reader, Subscriptions subscriptions, Inbox inbox, EventHistory history,
      DeliveryQueue deliveries, JsonMapper json, PlatformTransactionManager transactionManager,
      ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    this.reader = reader;
    this.subscriptions = subscriptions;
    this.inbox = inbox;
    this.history = history;
    this.deliveries = deliveries;
    this.json = json;
    this.transaction = new TransactionTemplate(transactionManager);
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** A readable event of the poll and its index in it. */
  private record Read(int index, EventEnvelope<EventPayload> event) {}

  @KafkaListener(topics = {Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PILOT_EVENTS}, batch = "true")
  void route(List<ConsumerRecord<String, String>> records) {
    List<Read> batch = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ConsumerRecord<String, String> record = records.get(i);
      Optional<EventEnvelope<EventPayload>> event;
      try {
        event = reader.read(record.value());
      } catch (MalformedEventException e) {
        routeInOrder(batch);
        throw new BatchListenerFailedException("malformed event at " + record.topic() + "-" + record.partition()
            + "@" + record.offset(), e, i);
      }
      if (event.isPresent()) {
        received(record, event.get());
        batch.add(new Read(i, event.get()));
      } else {
        log.debug("Skipping an event type this service does not know at {}-{}@{}", record.topic(),
            record.partition(), record.offset());
      }
    }
    routeInOrder(batch);
  }

  /**
   * Logs the receipt of an event with its correlation id, in a span of the producer's trace (the
   * record's {@code traceparent}): the container observes single records only, not a poll.
   */
  private void received(ConsumerRecord<String, String> record, EventEnvelope<EventPayload> event) {
    Runnable line = () -> Correlation.run(event.correlationid(), () -> log.info("Received {} {} of {} from {}-{}@{}",
        event.type(), event.id(), event.subject(), record.topic(), record.partition(), record.offset()));
    Tracer current = tracer.getIfAvailable();
    Propagator propagation = propagator.getIfAvailable();
    if (current == null || propagation == null) {
      line.run();
      return;
    }
    Span span = propagation.extract(record.headers(), (headers, key) -> {
      Header header = headers.lastHeader(key);
      return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }).name("receive " + event.type()).kind(Span.Kind.CONSUMER).start();
    try (Tracer.SpanInScope scope = current.withSpan(span)) {
      line.run();
    } finally {
      span.end();
    }
  }

  private void routeInOrder(List<Read> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> routeOnce(batch));
    } catch (RuntimeException batchFailed) {
      log.warn("Routing {} events in one transaction failed ({}); routing them one by one", batch.size(),
          batchFailed.getMessage());
      for (Read read : batch) {
        try {
          transaction.executeWithoutResult(status -> routeOnce(List.of(read)));
        } catch (RuntimeException failed) {
          throw new BatchListenerFailedException("routing event " + read.event().id() + " failed", failed,
              read.index());
        }
      }
    }
  }

  /** Routes, in the current transaction, the events of {@code batch} this service has not routed before. */
  private void routeOnce(List<Read> batch) {
    List<EventHistory.Received> received = history.recordFirstTime(batch.stream()
        .map(read -> new EventHistory.Received(read.event(), json.writeValueAsString(read.event()))).toList());
    if (received.isEmpty()) {
      return;
    }
    List<EventEnvelope<?>> events = received.stream().<EventEnvelope<?>>map(EventHistory.Received::event).toList();
    Subscriptions.Routes routes = subscriptions.routesFor(events);
    List<Inbox.Addressed> addressed = new ArrayList<>(events.size());
    List<DeliveryQueue.Message> messages = new ArrayList<>();
    for (EventHistory.Received event : received) {
      addressed.add(new Inbox.Addressed(event.event(), event.body(), routes.inboxRecipients(event.event())));
      for (UUID endpoint : routes.webhookEndpoints(event.event())) {
        messages.add(new DeliveryQueue.Message(UUID.fromString(event.event().id()), event.event().type(),
            event.event().subject(), endpoint));
      }
    }
    // webhook messages first: after the commit, the workers are woken before the inbox notices go out
    deliveries.enqueueAll(messages, null);
    inbox.deliverAll(addressed);
    log.info("Routed {} events ({} webhook messages), first {} {}", events.size(), messages.size(),
        events.get(0).type(), events.get(0).id());
  }
}
