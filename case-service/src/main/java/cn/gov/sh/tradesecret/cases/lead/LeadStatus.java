package cn.gov.sh.tradesecret.cases.lead;

/** Where a lead stands: registered, then a case is filed on it (立案) or it is declined (不予立案). */
public enum LeadStatus {
  REGISTERED,
  FILED,
  DECLINED
}
