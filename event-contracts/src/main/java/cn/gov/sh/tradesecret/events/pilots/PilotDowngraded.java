package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A municipal-level pilot was downgraded to district level in its annual review. It stays
 * designated, so its enterprise keeps the fast channel.
 *
 * @param pilotId the pilot
 * @param district its district
 * @param creditCode unified social credit code of the enterprise, when it is one
 * @param fromLevel the level before (MUNICIPAL)
 * @param toLevel the level after (DISTRICT)
 * @param reviewYear the year reviewed
 * @param reason why
 * @param downgradedAt when
 */
public record PilotDowngraded(
    String pilotId,
    String district,
    @Nullable String creditCode,
    String fromLevel,
    String toLevel,
    int reviewYear,
    String reason,
    Instant downgradedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
