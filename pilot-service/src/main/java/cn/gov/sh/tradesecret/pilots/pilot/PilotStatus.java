package cn.gov.sh.tradesecret.pilots.pilot;

/**
 * Where a pilot stands in its lifecycle: nominated by a district bureau, cultivating (guidance
 * visits, health checks), designated (认定) at municipal or district level and reviewed each year, or
 * out of the programme (withdrawn before designation, revoked after). Which action leads from which
 * status is {@link PilotAction}'s.
 */
public enum PilotStatus {
  NOMINATED,
  CULTIVATING,
  DESIGNATED,
  /** The nomination was withdrawn before designation: final. */
  WITHDRAWN,
  /** The designation was revoked in a review (dynamic management): final. */
  REVOKED;

  /** Whether the pilot is still in the programme. */
  public boolean isActive() {
    return this != WITHDRAWN && this != REVOKED;
  }
}
