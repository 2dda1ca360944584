package cn.gov.sh.tradesecret.cases.infringement;

import java.math.BigDecimal;

/**
 * What an appraisal came back with: its conclusion, the report's fingerprint and, for an assessment
 * of the loss, the amounts it established (either may be null).
 */
public record AppraisalResult(
    AppraisalConclusion conclusion,
    String reportSha256,
    BigDecimal establishedLoss,
    BigDecimal illegalGains) {

  boolean establishesAmounts() {
    return establishedLoss != null || illegalGains != null;
  }
}
