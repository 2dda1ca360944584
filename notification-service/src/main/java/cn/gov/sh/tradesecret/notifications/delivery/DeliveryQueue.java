package cn.gov.sh.tradesecret.notifications.delivery;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages for webhook endpoints in the transaction that consumed their event; the workers
 * are woken when it commits. A live event is queued once per endpoint; a replay queues it again.
 */
@Component
public class DeliveryQueue {

  private final JdbcTemplate jdbc;
  private final DeliveryWorker worker;

  DeliveryQueue(JdbcTemplate jdbc, DeliveryWorker worker) {
    this.jdbc = jdbc;
    this.worker = worker;
  }

  /**
   * Queues the event (already in the history) for each enabled endpoint of {@code endpointIds}.
   *
   * @param replayId null for a live event, else the replay it belongs to
   * @return how many messages were queued
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueue(UUID eventId, String eventType, String subject, Collection<UUID> endpointIds, UUID replayId) {
    int queued = 0;
    for (UUID endpointId : endpointIds) {
      queued += jdbc.update("""
          insert into delivery (id, endpoint_id, event_id, event_type, subject, replay_id, status, attempts,
                                next_attempt_at, created_at)
          select gen_random_uuid(), e.id, ?, ?, ?, ?, 'PENDING', 0, now(), now()
          from webhook_endpoint e where e.id = ? and e.status = 'ENABLED'
          on conflict do nothing""", eventId, eventType, subject, replayId, endpointId);
    }
    if (queued > 0) {
      wakeWorkersAfterCommit();
    }
    return queued;
  }

  void wakeWorkersAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        worker.wakeUp();
      }
    });
  }
}
