package cn.gov.sh.tradesecret.notifications.delivery;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages for webhook endpoints; once they are committed, as many idle workers as there
 * are new messages are woken (not every worker for every message). A live event is queued once per
 * endpoint, by the router's statement with {@link #QUEUE} (the router wakes the workers itself); a
 * replay queues it again, with {@link #enqueueReplay}.
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
   * Queues the {@code messages} rows (event_id, event_type, subject, endpoint_id, replay_id,
   * position) whose endpoint is enabled, in the order of position (an endpoint receives the events
   * of an aggregate in this order); a live event already queued for an endpoint is not queued
   * again. Returns the ids of the messages queued. Also a part of the router's statement.
   */
  public static final String QUEUE = """
      insert into delivery (id, endpoint_id, event_id, event_type, subject, replay_id, status, attempts,
                            next_attempt_at, created_at)
      select gen_random_uuid(), m.endpoint_id, m.event_id, m.event_type, m.subject, m.replay_id, 'PENDING', 0,
             now(), now()
      from messages m join webhook_endpoint e on e.id = m.endpoint_id and e.status = 'ENABLED'
      order by m.position
      on conflict do nothing
      returning id""";

  /**
   * Queues each message of a replay for its endpoint if the endpoint is enabled, in the order
   * given, in one round trip (see {@link #QUEUE}). When the transaction commits, as many workers as
   * there are new messages are woken.
   *
   * @return how many messages were queued
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueueReplay(List<Message> messages, UUID replayId) {
    if (messages.isEmpty()) {
      return 0;
    }
    int queued = jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          with messages as (
            select m.*, ?::uuid as replay_id
            from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::uuid[]) with ordinality
                 as m (event_id, event_type, subject, endpoint_id, position)),
          queued as (""" + QUEUE + ")\nselect id from queued");
      statement.setObject(1, replayId, Types.OTHER);
      statement.setArray(2, connection.createArrayOf("uuid", messages.stream().map(Message::eventId).toArray()));
      statement.setArray(3, connection.createArrayOf("varchar", messages.stream().map(Message::eventType).toArray()));
      statement.setArray(4, connection.createArrayOf("varchar", messages.stream().map(Message::subject).toArray()));
      statement.setArray(5, connection.createArrayOf("uuid", messages.stream().map(Message::endpointId).toArray()));
      return statement;
    }, (rs, row) -> rs.getObject(1, UUID.class)).size();
    if (queued > 0) {
      wakeWorkersAfterCommit(queued);
    }
    return queued;
  }

  /** {@code messages} new messages are committed: wakes as many idle workers. */
  public void wakeWorkers(int messages) {
    if (messages > 0) {
      worker.wakeUp(messages);
    }
  }

  void wakeWorkersAfterCommit(int messages) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        wakeWorkers(messages);
      }
    });
  }
}
