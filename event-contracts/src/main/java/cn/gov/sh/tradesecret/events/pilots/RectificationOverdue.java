package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification item of a health check was not completed by its due date (published once per
 * item). Keyed by the pilot, so a pilot's events stay in order.
 *
 * @param rectificationItemId the item
 * @param healthCheckId its health check
 * @param pilotId the pilot
 * @param district its district
 * @param dueOn the last day it was due (Asia/Shanghai)
 * @param detectedAt when it was found overdue
 */
public record RectificationOverdue(
    String rectificationItemId,
    String healthCheckId,
    String pilotId,
    String district,
    LocalDate dueOn,
    Instant detectedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
