package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;

/**
 * Who may do what with a pilot. A district's market-regulation bureau (or the municipal bureau)
 * manages the district's pilots: nominates, cultivates, withdraws, visits, health-checks. A
 * designation and the annual review of a designated pilot belong to the bureau of its level: the
 * municipal bureau for municipal level, the district's own bureau for district level.
 */
public final class PilotAuthority {

  private PilotAuthority() {}

  /** Whether {@code officer} manages the pilots of {@code district} (and sees their health checks). */
  public static boolean manages(Officer officer, String district) {
    return officer.is(AgencyType.MARKET_REGULATION) && officer.covers(district);
  }

  /** Whether {@code officer} is of the bureau that designates and reviews pilots of {@code district} at {@code level}. */
  public static boolean actsAtLevel(Officer officer, String district, PilotLevel level) {
    if (!officer.is(AgencyType.MARKET_REGULATION)) {
      return false;
    }
    return level == PilotLevel.MUNICIPAL ? officer.isMunicipal() : district.equals(officer.jurisdiction());
  }

  /** Why {@link #actsAtLevel} refuses, for the problem detail. */
  static String levelRule(String district, PilotLevel level) {
    return level == PilotLevel.MUNICIPAL
        ? "municipal-level designation and review belong to the municipal market-regulation bureau"
        : "district-level designation and review of district " + district + " belong to its market-regulation bureau";
  }
}
