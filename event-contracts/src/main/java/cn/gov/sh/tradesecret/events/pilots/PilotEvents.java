package cn.gov.sh.tradesecret.events.pilots;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.util.List;

/** The events pilot-service publishes on {@code pilot-events}. */
public final class PilotEvents {

  public static final List<Class<? extends EventPayload>> TYPES =
      List.of(
          PilotNominated.class,
          PilotCultivationStarted.class,
          PilotWithdrawn.class,
          PilotDesignated.class,
          PilotReviewPassed.class,
          PilotDowngraded.class,
          PilotRevoked.class,
          HealthCheckCompleted.class,
          RectificationOverdue.class);

  private PilotEvents() {}
}
