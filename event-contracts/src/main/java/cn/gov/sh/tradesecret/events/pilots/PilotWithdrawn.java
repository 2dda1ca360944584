package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A nomination was withdrawn before designation; the pilot leaves the programme.
 *
 * @param pilotId the pilot
 * @param district its district
 * @param creditCode unified social credit code of the enterprise, when it is one
 * @param reason why
 * @param withdrawnAt when
 */
public record PilotWithdrawn(
    String pilotId,
    String district,
    @Nullable String creditCode,
    String reason,
    Instant withdrawnAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
