package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.security.Officer;

/**
 * Who may do what with a pilot. A district's market-regulation bureau (or the municipal bureau)
 * manages the district's pilots: nominates, cultivates, withdraws, visits, health-checks. A
 * designation (认定) and the annual review of a designated pilot are approvals: they belong to a
 * head (role {@value Officer#HEAD}) of the bureau of the pilot's level, the municipal bureau for
 * municipal level, the district's own bureau for district level.
 */
public final class PilotAuthority {

  private PilotAuthority() {}

  /** Whether {@code officer} manages the pilots of {@code district} (and sees their health checks). */
  public static boolean manages(Officer officer, String district) {
    return officer.is(AgencyType.MARKET_REGULATION) && officer.covers(district);
  }

  /**
   * Whether {@code officer} designates and reviews pilots of {@code district} at {@code level}: a
   * head of the bureau of that level. An officer of that bureau without the head role does not.
   */
  public static boolean approvesAtLevel(Officer officer, String district, PilotLevel level) {
    return officer.hasRole(Officer.HEAD) && ofBureauOfLevel(officer, district, level);
  }

  private static boolean ofBureauOfLevel(Officer officer, String district, PilotLevel level) {
    if (!officer.is(AgencyType.MARKET_REGULATION)) {
      return false;
    }
    return level == PilotLevel.MUNICIPAL ? officer.isMunicipal() : district.equals(officer.jurisdiction());
  }

  /**
   * Who {@link #approvesAtLevel} admits, for the problem details: a head of which bureau, e.g. "a
   * head (role HEAD) of the market-regulation bureau of district 310117 (MR-310117)".
   */
  public static String approverOf(String district, PilotLevel level) {
    String bureau = level == PilotLevel.MUNICIPAL
        ? "the municipal market-regulation bureau (" + AgencyType.MARKET_REGULATION.unitIn(Districts.MUNICIPAL) + ")"
        : "the market-regulation bureau of district " + district + " (" + AgencyType.MARKET_REGULATION.unitIn(district)
            + ")";
    return "a head (role " + Officer.HEAD + ") of " + bureau;
  }
}
