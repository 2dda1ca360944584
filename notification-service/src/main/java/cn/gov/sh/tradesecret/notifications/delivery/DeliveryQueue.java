package cn.gov.sh.tradesecret.notifications.delivery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the delivery workers for new messages: as many idle workers as there are new messages (not
 * every worker for every message), once the messages are committed. The messages are queued by the
 * routing (live events and replays alike).
 */
@Component
public class DeliveryQueue {

  private final DeliveryWorker worker;

  DeliveryQueue(DeliveryWorker worker) {
    this.worker = worker;
  }

  /** {@code messages} new messages are committed: wakes as many idle workers. */
  public void wakeWorkers(int messages) {
    if (messages > 0) {
      worker.wakeUp(messages);
    }
  }

  /**
   * {@code messages} new messages are in the current transaction: wakes as many idle workers once
   * it commits.
   */
  public void wakeWorkersAfterCommit(int messages) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            wakeWorkers(messages);
          }
        });
  }
}
