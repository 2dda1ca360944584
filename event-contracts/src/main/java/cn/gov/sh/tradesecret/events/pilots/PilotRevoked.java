package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A designated pilot was revoked in its review (dynamic management); its enterprise loses the fast
 * channel.
 *
 * @param pilotId the pilot
 * @param district its district
 * @param creditCode unified social credit code of the enterprise, when it is one
 * @param reason why
 * @param revokedAt when
 */
public record PilotRevoked(
    String pilotId, String district, @Nullable String creditCode, String reason, Instant revokedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
