package cn.gov.sh.tradesecret.cases.lead;

/** Where a lead stands: registered, then a case is filed on it or it is declined. */
public enum LeadStatus {
  REGISTERED
}
