package cn.gov.sh.tradesecret.cases.infringement;

/**
 * What is appraised, tested or identified; the time it takes does not count against the decision
 * deadline.
 */
public enum AppraisalMatter {
  /** Identity (同一性) of the suspect's information with the secret point. */
  IDENTITY,
  /** Non-public nature (非公知性) of the information. */
  NON_PUBLIC_NATURE,
  TESTING,
  RIGHTS_HOLDER_IDENTIFICATION,
  /**
   * Assessment of the rights holder's loss or the infringer's illegal gains: what it establishes
   * decides whether the case is a suspected crime.
   */
  LOSS_ASSESSMENT
}
