package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.security.Officer;

/**
 * Who may do what with a pilot. A district's market-regulation bureau (or the municipal bureau)
 * manages the district's pilots: nominates, cultivates, withdraws, visits, health-checks. A
 * designation (认定) and the annual review of a designated pilot are approvals: they belong to a head
 * (role {@value Officer#HEAD}) of the bureau of the pilot's level, the municipal bureau for
 * municipal level, the district's own bureau for district level.
 */
public final class PilotAuthority {

  private PilotAuthority() {}

  /**
   * Whether {@code officer} manages the pilots of {@code district} (and sees their health checks).
   */
  public static boolean manages(Officer officer, String district) {
    return officer.actsFor(AgencyType.MARKET_REGULATION, district);
  }

  /**
   * Whether {@code officer} designates and reviews pilots of {@code district} at {@code level}: a
   * head of the bureau of that level. An officer of that bureau without the head role does not.
   */
  public static boolean approvesAtLevel(Officer officer, String district, PilotLevel level) {
    return officer.isHeadOf(bureauOfLevel(district, level));
  }

  /**
   * Refuses (403) anyone but a head of the bureau of {@code level}; {@code what} is the act, e.g.
   * "a MUNICIPAL-level designation of a pilot of district 310117".
   */
  static void requireApprover(Officer officer, String district, PilotLevel level, String what) {
    Officer.require(
        approvesAtLevel(officer, district, level), what + " needs " + approverOf(district, level));
  }

  /**
   * The unit of the bureau that designates at {@code level}: the municipal bureau, or the
   * district's own.
   */
  private static String bureauOfLevel(String district, PilotLevel level) {
    return AgencyType.MARKET_REGULATION.unitIn(
        level == PilotLevel.MUNICIPAL ? Districts.MUNICIPAL : district);
  }

  /**
   * Who {@link #approvesAtLevel} admits, for the problem details: a head of which bureau, e.g. "a
   * head (role HEAD) of the market-regulation bureau of district 310117 (MR-310117)".
   */
  public static String approverOf(String district, PilotLevel level) {
    String bureau =
        level == PilotLevel.MUNICIPAL
            ? "the municipal market-regulation bureau (" + bureauOfLevel(district, level) + ")"
            : "the market-regulation bureau of district "
                + district
                + " ("
                + bureauOfLevel(district, level)
                + ")";
    return "a head (role " + Officer.HEAD + ") of " + bureau;
  }
}
