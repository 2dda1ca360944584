package cn.gov.sh.tradesecret.events.notifications;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * An agency unit read (acknowledged) an entry of its inbox: the read receipt its sender sees.
 *
 * @param entryId the inbox entry
 * @param eventId the event the entry was made from
 * @param eventType that event's type
 * @param subject that event's subject (the case, referral or pilot)
 * @param unit the agency unit whose inbox it is
 * @param readBy the account that read it
 * @param district jurisdiction of the original event
 * @param readAt when
 */
public record InboxEntryRead(
    String entryId,
    String eventId,
    String eventType,
    String subject,
    String unit,
    String readBy,
    String district,
    Instant readAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return subject;
  }
}
