package cn.gov.sh.tradesecret.gateway.audit;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.audit.AuditRecord;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands audit records to Kafka ({@code audit-records}, keyed by account) off the request thread,
 * and loses none when Kafka is away: a record that the producer refuses at once (no metadata within
 * {@code max.block.ms}) or fails to deliver (within {@code delivery.timeout.ms}) goes to the {@link
 * AuditSpool}; {@link #resend} offers spooled records again and removes each only once Kafka has
 * acknowledged it. If even the spool cannot take a record, the whole record is logged as an error.
 * The gauge {@value #PENDING} counts records not yet acknowledged (in flight or spooled): alert
 * when it stays above zero.
 */
@Component
class AuditPublisher {

  static final String PENDING = "gateway.audit.pending";

  private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

  /** Records offered at once by one resend: a large spool drains in rounds. */
  private static final int RESEND_BATCH = 500;

  private final KafkaTemplate<String, String> kafka;

  private final AuditSpool spool;

  private final JsonMapper json;

  private final AtomicLong inFlight = new AtomicLong();

  AuditPublisher(
      KafkaTemplate<String, String> kafka,
      AuditSpool spool,
      JsonMapper json,
      MeterRegistry meters) {
    this.kafka = kafka;
    this.spool = spool;
    this.json = json;
    Gauge.builder(PENDING, this, AuditPublisher::pending)
        .description("Audit records not yet acknowledged by Kafka (in flight or spooled)")
        .register(meters);
  }

  /** Sends the record without waiting; the caller's thread never blocks on Kafka. */
  void publish(AuditRecord record) {
    String body = this.json.writeValueAsString(record);
    this.inFlight.incrementAndGet();
    try {
      // send blocks up to max.block.ms when the broker is away: never on the event loop.
      Schedulers.boundedElastic().schedule(() -> send(record.account(), body));
    } catch (RejectedExecutionException overloaded) {
      spool(body, overloaded);
    }
  }

  long pending() {
    return this.inFlight.get() + this.spool.size();
  }

  private void send(String account, String body) {
    try {
      this.kafka
          .send(Topics.AUDIT_RECORDS, account, body)
          .whenComplete(
              (result, failure) -> {
                if (failure == null) {
                  this.inFlight.decrementAndGet();
                } else {
                  // Off the producer's network thread: the spool forces the disk.
                  Schedulers.boundedElastic().schedule(() -> spool(body, failure));
                }
              });
    } catch (RuntimeException failure) {
      spool(body, failure);
    }
  }

  private void spool(String body, Throwable failure) {
    try {
      this.spool.append(body);
      log.warn("Audit record spooled, Kafka did not take it ({})", failure.toString());
    } catch (IOException | RuntimeException spoolFailure) {
      spoolFailure.addSuppressed(failure);
      log.error("Audit record neither sent nor spooled: {}", body, spoolFailure);
    } finally {
      this.inFlight.decrementAndGet();
    }
  }

  /** Offers the spooled records to Kafka again, oldest first, until it refuses one. */
  @Scheduled(
      fixedDelayString = "${platform.gateway.audit.resend-interval:10s}",
      initialDelayString = "${platform.gateway.audit.resend-interval:10s}")
  void resend() {
    try {
      List<String> waiting = this.spool.records();
      for (int start = 0; start < waiting.size(); start += RESEND_BATCH) {
        List<String> batch = waiting.subList(start, Math.min(waiting.size(), start + RESEND_BATCH));
        List<String> done = offer(batch);
        this.spool.remove(done);
        if (done.size() < batch.size()) {
          log.info("Kafka still does not take audit records; {} stay spooled", pending());
          return;
        }
      }
      if (!waiting.isEmpty()) {
        log.info("{} spooled audit records delivered to {}", waiting.size(), Topics.AUDIT_RECORDS);
      }
    } catch (IOException failure) {
      log.error("Audit spool unreadable; its records stay on disk", failure);
    }
  }

  /** The records of {@code batch} that Kafka acknowledged, or that can never be sent. */
  private List<String> offer(List<String> batch) {
    List<String> done = new ArrayList<>();
    List<CompletableFuture<SendResult<String, String>>> sent = new ArrayList<>();
    for (String record : batch) {
      String account;
      try {
        account = this.json.readTree(record).path("account").stringValue(null);
      } catch (RuntimeException unreadable) {
        // A line cut by a crash: it can never be delivered, so it is logged whole and dropped.
        log.error("Spooled audit record unreadable, dropped: {}", record, unreadable);
        done.add(record);
        sent.add(null);
        continue;
      }
      try {
        sent.add(this.kafka.send(Topics.AUDIT_RECORDS, account, record));
      } catch (RuntimeException refused) {
        break;
      }
    }
    for (int i = 0; i < sent.size(); i++) {
      if (sent.get(i) == null) {
        continue;
      }
      try {
        sent.get(i).get();
        done.add(batch.get(i));
      } catch (ExecutionException notDelivered) {
        // stays spooled
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return done;
  }
}
