package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pilot was designated (认定) at municipal or district level; leads from its enterprise get the
 * fast channel in case-service.
 *
 * @param pilotId the pilot
 * @param district its district
 * @param kind PARK, UNIT, STATION or POINT
 * @param name its name
 * @param creditCode unified social credit code of the enterprise, when it is one
 * @param industry its industry
 * @param level MUNICIPAL or DISTRICT
 * @param designatedAt when
 */
public record PilotDesignated(
    String pilotId,
    String district,
    String kind,
    String name,
    @Nullable String creditCode,
    String industry,
    String level,
    Instant designatedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
