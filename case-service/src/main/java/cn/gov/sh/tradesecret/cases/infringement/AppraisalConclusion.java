package cn.gov.sh.tradesecret.cases.infringement;

/** What an appraisal concluded. */
public enum AppraisalConclusion {
  CONFIRMED,
  NOT_CONFIRMED,
  INCONCLUSIVE
}
