package cn.gov.sh.tradesecret.pilots.importing;

/** What an import does when some rows are wrong. */
public enum ImportMode {
  /**
   * the default: one wrong row and nothing is imported; the problem names every wrong row and field
   */
  ALL_OR_NOTHING,
  /** import the good rows, report the wrong ones */
  GOOD_ROWS_ONLY
}
