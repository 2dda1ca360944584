package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A district bureau nominated a park, unit, station or point as an innovation pilot (创新试点).
 *
 * @param pilotId the pilot's id
 * @param district district of the pilot
 * @param kind PARK, UNIT, STATION or POINT
 * @param name the pilot's name
 * @param creditCode unified social credit code of the enterprise, when it is one
 * @param industry its industry
 * @param nominatedAt when it was nominated
 */
public record PilotNominated(
    String pilotId,
    String district,
    String kind,
    String name,
    @Nullable String creditCode,
    String industry,
    Instant nominatedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
