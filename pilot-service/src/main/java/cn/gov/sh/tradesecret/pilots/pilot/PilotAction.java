package cn.gov.sh.tradesecret.pilots.pilot;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transitions of a pilot's lifecycle, each from the statuses it may be taken in to the status
 * it leads to. Anything else is an illegal transition (409).
 */
public enum PilotAction {
  NOMINATE(EnumSet.noneOf(PilotStatus.class), PilotStatus.NOMINATED),
  START_CULTIVATION(EnumSet.of(PilotStatus.NOMINATED), PilotStatus.CULTIVATING),
  WITHDRAW(EnumSet.of(PilotStatus.NOMINATED, PilotStatus.CULTIVATING), PilotStatus.WITHDRAWN),
  DESIGNATE(EnumSet.of(PilotStatus.CULTIVATING), PilotStatus.DESIGNATED),
  PASS_REVIEW(EnumSet.of(PilotStatus.DESIGNATED), PilotStatus.DESIGNATED),
  DOWNGRADE(EnumSet.of(PilotStatus.DESIGNATED), PilotStatus.DESIGNATED),
  REVOKE(EnumSet.of(PilotStatus.DESIGNATED), PilotStatus.REVOKED);

  private final Set<PilotStatus> from;
  private final PilotStatus to;

  PilotAction(Set<PilotStatus> from, PilotStatus to) {
    this.from = from;
    this.to = to;
  }

  public boolean allowedFrom(PilotStatus status) {
    return from.contains(status);
  }

  public PilotStatus target() {
    return to;
  }
}
