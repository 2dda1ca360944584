package cn.gov.sh.tradesecret.cases.deadline;

/** The legal deadlines the platform watches. */
public enum Deadline {
  /** Decide whether to file a case on a lead. */
  FILING_DECISION,
  /** Decide a filed case. */
  CASE_DECISION
}
