package cn.gov.sh.tradesecret.cases.infringement;

/** What kind of commercial information the secret is (Anti-Unfair Competition Law). */
public enum SecretType {
  /** Technical information (技术信息). */
  TECHNICAL,
  /** Business information (经营信息). */
  BUSINESS
}
