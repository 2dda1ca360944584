package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A legal health check (法治体检) of a pilot was completed and recorded. Carries counts only: the
 * findings themselves stay with the bureau (other agencies may not read them).
 *
 * <p>Keyed by the pilot, so a pilot's events stay in order.
 *
 * @param healthCheckId the health check
 * @param pilotId the pilot checked
 * @param district its district
 * @param checkedOn the day of the check
 * @param findings number of findings
 * @param rectificationItems number of rectification items ordered
 * @param recordedAt when it was recorded
 */
public record HealthCheckCompleted(
    String healthCheckId,
    String pilotId,
    String district,
    LocalDate checkedOn,
    int findings,
    int rectificationItems,
    Instant recordedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
