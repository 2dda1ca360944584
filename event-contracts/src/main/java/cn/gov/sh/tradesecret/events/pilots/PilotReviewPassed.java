package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A designated pilot passed its annual review (dynamic management) and keeps its level.
 *
 * @param pilotId the pilot
 * @param district its district
 * @param level MUNICIPAL or DISTRICT, unchanged
 * @param reviewYear the year reviewed
 * @param reviewedAt when
 */
public record PilotReviewPassed(
    String pilotId, String district, String level, int reviewYear, Instant reviewedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
