package cn.gov.sh.tradesecret.pilots.pilot;

/**
 * Where a pilot stands: nominated by a district bureau, then cultivating, health-checked,
 * designated, reviewed each year, downgraded or revoked (dynamic management); the later
 * stages come with their features.
 */
public enum PilotStatus {
  NOMINATED
}
