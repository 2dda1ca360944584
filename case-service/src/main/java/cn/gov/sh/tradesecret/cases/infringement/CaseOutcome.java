package cn.gov.sh.tradesecret.cases.infringement;

/** How a case was closed. */
public enum CaseOutcome {
  PENALTY,
  MEDIATION,
  REFERRAL,
  NO_PENALTY
}
