package cn.gov.sh.tradesecret.referrals.referral;

/**
 * The five materials a referral must carry when it is transferred to the police (art. 6 of the
 * regulation): none may be missing.
 */
public enum MaterialKind {
  /** 涉嫌犯罪案件移送书. */
  TRANSFER_LETTER,
  /** 涉嫌犯罪案件情况的调查报告. */
  INVESTIGATION_REPORT,
  /** 涉案物品清单. */
  ITEMS_LIST,
  /** 有关检验报告或者鉴定结论. */
  INSPECTION_CONCLUSIONS,
  /** 其他有关涉嫌犯罪的材料. */
  OTHER_MATERIALS
}
