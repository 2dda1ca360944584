package cn.gov.sh.tradesecret.enterprise.report;

/** The two kinds of trade secret of the Anti-Unfair Competition Law (art. 9): 技术信息, 经营信息. */
public enum SecretType {
  TECHNICAL,
  BUSINESS
}
