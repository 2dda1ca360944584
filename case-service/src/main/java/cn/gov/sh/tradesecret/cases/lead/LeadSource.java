package cn.gov.sh.tradesecret.cases.lead;

/** How a lead reached the bureau. */
public enum LeadSource {
  COMPLAINT,
  REPORT,
  INSPECTION_FINDING,
  /** Referred back by the police: no crime, or too minor, but an administrative violation. */
  REVERSE_REFERRAL,
  TRANSFER_FROM_HIGHER_LEVEL,
  /** From a designated innovation pilot unit: quick response. */
  PILOT_FAST_CHANNEL,
  /**
   * An enterprise's online report on the platform (enterprise-service); the tracking number is its
   * origin.
   */
  ENTERPRISE_REPORT
}
