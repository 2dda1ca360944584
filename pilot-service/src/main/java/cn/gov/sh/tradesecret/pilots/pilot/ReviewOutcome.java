package cn.gov.sh.tradesecret.pilots.pilot;

/** The outcome of a designated pilot's annual review (dynamic management). */
public enum ReviewOutcome {
  /** keeps its designation and level */
  PASSED,
  /** municipal level becomes district level */
  DOWNGRADED,
  /** loses its designation */
  REVOKED
}
