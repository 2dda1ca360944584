package cn.gov.sh.tradesecret.notifications.routing;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.notifications.delivery.DeliveryQueue;
import cn.gov.sh.tradesecret.notifications.inbox.Inbox;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes the producing services' topics a poll at a time and, once per event, in one statement
 * for the whole poll ({@link RoutingRepository}): records the events in the history, puts each in
 * the inbox of every unit subscribed to it or addressed by it, and queues a message for every
 * webhook endpoint subscribed to it, in the order of the partition (so an endpoint gets an
 * aggregate's events in order). Then it wakes the delivery workers and tells the live inbox
 * streams. It also files this service's own notices ({@link Inbox.Notice}) in the inboxes.
 *
 * <p>Once per event: only the events new to the event history are routed, so an event redelivered,
 * or twice in one poll, is routed once. If the poll's statement fails, its events are routed one
 * statement each; the first that fails is handed to the container's error handler by its index
 * (bounded retries, then the dead-letter topic; a malformed message at once), the ones before it
 * being committed.
 */
@Component
class EventRouter {

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  private final EventReader reader;
  private final Subscriptions subscriptions;
  private final RoutingRepository repository;
  private final Inbox inbox;
  private final DeliveryQueue deliveries;
  private final JsonMapper json;
  private final ObjectProvider<Tracer> tracer;
  private final ObjectProvider<Propagator> propagator;

  EventRouter(
      EventReader reader,
      Subscriptions subscriptions,
      RoutingRepository repository,
      Inbox inbox,
      DeliveryQueue deliveries,
      JsonMapper json,
      ObjectProvider<Tracer> tracer,
      ObjectProvider<Propagator> propagator) {
    this.reader = reader;
    this.subscriptions = subscriptions;
    this.repository = repository;
    this.inbox = inbox;
    this.deliveries = deliveries;
    this.json = json;
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** A readable event of the poll and its index in it. */
  private record Read(int index, EventEnvelope<EventPayload> event) {}

  @KafkaListener(
      topics = {Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS, Topics.PILOT_EVENTS},
      batch = "true")
  void route(List<ConsumerRecord<String, String>> records) {
    List<Read> batch = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ConsumerRecord<String, String> record = records.get(i);
      Optional<EventEnvelope<EventPayload>> event;
      try {
        event = reader.read(record.value());
      } catch (MalformedEventException e) {
        routeInOrder(batch);
        throw new BatchListenerFailedException(
            "malformed event at "
                + record.topic()
                + "-"
                + record.partition()
                + "@"
                + record.offset(),
            e,
            i);
      }
      if (event.isPresent()) {
        received(record, event.get());
        batch.add(new Read(i, event.get()));
      } else {
        log.debug(
            "Skipping an event type this service does not know at {}-{}@{}",
            record.topic(),
            record.partition(),
            record.offset());
      }
    }
    routeInOrder(batch);
  }

  /**
   * Logs the receipt of an event with its correlation id, in a span of the producer's trace (the
   * record's {@code traceparent}): the container observes single records only, not a poll.
   */
  private void received(ConsumerRecord<String, String> record, EventEnvelope<EventPayload> event) {
    Runnable line =
        () ->
            Correlation.run(
                event.correlationid(),
                () ->
                    log.info(
                        "Received {} {} of {} from {}-{}@{}",
                        event.type(),
                        event.id(),
                        event.subject(),
                        record.topic(),
                        record.partition(),
                        record.offset()));
    Tracer current = tracer.getIfAvailable();
    Propagator propagation = propagator.getIfAvailable();
    if (current == null || propagation == null) {
      line.run();
      return;
    }
    Span span =
        propagation
            .extract(
                record.headers(),
                (headers, key) -> {
                  Header header = headers.lastHeader(key);
                  return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
                })
            .name("receive " + event.type())
            .kind(Span.Kind.CONSUMER)
            .start();
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
      routeOnce(batch);
    } catch (RuntimeException batchFailed) {
      log.warn(
          "Routing {} events in one statement failed ({}); routing them one by one",
          batch.size(),
          batchFailed.getMessage());
      for (Read read : batch) {
        try {
          routeOnce(List.of(read));
        } catch (RuntimeException failed) {
          throw new BatchListenerFailedException(
              "routing event " + read.event().id() + " failed", failed, read.index());
        }
      }
    }
  }

  /** Routes the events of {@code batch} this service has not routed before, in one statement. */
  private void routeOnce(List<Read> batch) {
    List<RoutingRepository.Received> events =
        batch.stream()
            .map(
                read ->
                    new RoutingRepository.Received(
                        read.event(), json.writeValueAsString(read.event())))
            .toList();
    Optional<RoutingRepository.Routed> routed = repository.route(events, subscriptions.routes());
    while (routed.isEmpty()) {
      // the subscriptions changed since they were read: nothing was written, route with them as
      // they are now
      routed = repository.route(events, subscriptions.reloadRoutes());
    }
    RoutingRepository.Routed done = routed.get();
    if (done.recorded().isEmpty()) {
      return;
    }
    deliveries.wakeWorkers(done.queued());
    inbox.announce(done.filed());
    log.info(
        "Routed {} events ({} webhook messages), first {} {}",
        done.recorded().size(),
        done.queued(),
        done.recorded().get(0).type(),
        done.recorded().get(0).id());
  }

  /**
   * Files a notice of this service in the inboxes it is for, in the transaction of whoever gave it;
   * the live streams are told once it commits.
   */
  @EventListener
  void file(Inbox.Notice notice) {
    List<String> filed =
        repository.fileNotice(
            notice.event(), json.writeValueAsString(notice.event()), notice.units());
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            inbox.announce(filed);
          }
        });
  }
}
