package cn.gov.sh.tradesecret.cases.lead;

/**
 * Why a bureau declines to file a case on a lead; the category is public, the written reasons are
 * not.
 */
public enum DeclineReason {
  NO_VIOLATION,
  INSUFFICIENT_EVIDENCE,
  NOT_COMPETENT,
  TIME_BARRED,
  OTHER
}
