package cn.gov.sh.tradesecret.cases.infringement;

/** Technical or business information (Anti-Unfair Competition Law art. 9). */
public enum SecretPointCategory {
  TECHNICAL,
  BUSINESS
}
