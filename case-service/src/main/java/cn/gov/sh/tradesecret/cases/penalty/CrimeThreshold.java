package cn.gov.sh.tradesecret.cases.penalty;

import java.math.BigDecimal;

/**
 * The loss to the rights holder or illegal gains, in yuan, from which an infringement of trade
 * secrets is a suspected crime (Criminal Law art. 219), as an interpretation in force sets it.
 *
 * @param id e.g. {@code FASHI-2025-5} (法释〔2025〕5号)
 * @param lossOrGain the amount that reaches the threshold
 * @param source where it comes from
 */
public record CrimeThreshold(String id, BigDecimal lossOrGain, String source) {

  public boolean isReachedBy(BigDecimal amount) {
    return amount.compareTo(lossOrGain) >= 0;
  }
}
