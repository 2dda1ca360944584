package cn.gov.sh.tradesecret.cases.deadline;

/** On what authority a deadline was extended (market-regulation penalty procedure). */
public enum ExtensionBasis {
  /** The head of the bureau approved it. */
  HEAD_APPROVAL,
  /** A collective decision of the bureau's leadership, recorded, set the new date. */
  COLLECTIVE_DECISION
}
