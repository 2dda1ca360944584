package cn.gov.sh.tradesecret.enterprise.deposit;

/** What kind of document a deposited fingerprint stands for. */
public enum EvidenceCategory {
  TECHNICAL_DRAWING,
  SOURCE_CODE,
  PROCESS_DOCUMENT,
  RESEARCH_RECORD,
  CUSTOMER_LIST,
  BUSINESS_PLAN,
  CONFIDENTIALITY_AGREEMENT,
  OTHER
}
