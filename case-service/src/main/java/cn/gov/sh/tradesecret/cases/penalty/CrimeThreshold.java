package cn.gov.sh.tradesecret.cases.penalty;

import java.math.BigDecimal;

/**
 * When an infringement of trade secrets is a suspected crime (Criminal Law art. 219), as an
 * interpretation in force sets it: a loss to the rights holder or illegal gains of at least an
 * amount, or (where the interpretation says so) the rights holder's bankruptcy.
 *
 * @param id e.g. {@code FASHI-2025-5} (法释〔2025〕5号)
 * @param lossOrGain the amount that reaches the threshold
 * @param source where it comes from
 * @param bankruptcyGround whether the rights holder's bankruptcy reaches it
 * @param bankruptcySource where that ground comes from; null when it is none
 */
public record CrimeThreshold(
    String id,
    BigDecimal lossOrGain,
    String source,
    boolean bankruptcyGround,
    String bankruptcySource) {

  public boolean isReachedBy(BigDecimal amount) {
    return amount.compareTo(lossOrGain) >= 0;
  }
}
