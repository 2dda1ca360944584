package cn.gov.sh.tradesecret.enterprise.report;

/**
 * Where a report stands, as the enterprise may know it: submitted, received by the bureau as a
 * lead, then a case filed on it (立案) or declined (不予立案).
 */
public enum ReportStatus {
  SUBMITTED,
  RECEIVED,
  FILED,
  DECLINED
}
