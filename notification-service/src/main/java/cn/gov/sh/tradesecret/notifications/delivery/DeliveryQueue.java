package cn.gov.sh.tradesecret.notifications.delivery;

import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages for webhook endpoints in the transaction that consumed their event; when it
 * commits, as many idle workers as there are new messages are woken (not every worker for every
 * message). A live event is queued once per endpoint; a replay queues it again.
 */
@Component
public class DeliveryQueue {

  private final JdbcTemplate jdbc;
  private final DeliveryWorker worker;

  DeliveryQueue(JdbcTemplate jdbc, DeliveryWorker worker) {
    this.jdbc = jdbc;
    this.worker = worker;
  }

  /** A message to queue: an event (already in the history) for a webhook endpoint. */
  public record Message(UUID eventId, String eventType, String subject, UUID endpointId) {}

  /**
   * Queues each message for its endpoint if the endpoint is enabled, in the order given (an
   * endpoint receives the events of an aggregate in this order), in one round trip; a live event
   * already queued for an endpoint is not queued again. When the transaction commits, as many
   * workers as there are new messages are woken.
   *
   * @param replayId null for live events, else the replay they belong to
   * @return how many messages were queued
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueueAll(List<Message> messages, UUID replayId) {
    if (messages.isEmpty()) {
      return 0;
    }
    int[] counts = jdbc.batchUpdate("""
        insert into delivery (id, endpoint_id, event_id, event_type, subject, replay_id, status, attempts,
                              next_attempt_at, created_at)
        select gen_random_uuid(), e.id, ?, ?, ?, ?, 'PENDING', 0, now(), now()
        from webhook_endpoint e where e.id = ? and e.status = 'ENABLED'
        on conflict do nothing""", messages.stream().map(message -> new Object[] {message.eventId(),
            message.eventType(), message.subject(), replayId, message.endpointId()}).toList());
    int queued = 0;
    for (int count : counts) {
      queued += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
    }
    if (queued > 0) {
      wakeWorkersAfterCommit(queued);
    }
    return queued;
  }

  void wakeWorkersAfterCommit(int messages) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        worker.wakeUp(messages);
      }
    });
  }
}
