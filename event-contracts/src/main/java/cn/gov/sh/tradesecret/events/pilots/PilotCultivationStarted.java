package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A district bureau began cultivating a nominated pilot (guidance visits, "one enterprise one
 * policy").
 *
 * @param pilotId the pilot
 * @param district its district
 * @param startedAt when
 */
public record PilotCultivationStarted(String pilotId, String district, Instant startedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return pilotId;
  }
}
