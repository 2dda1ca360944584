package cn.gov.sh.tradesecret.cases.penalty;

import java.math.BigDecimal;

/**
 * The fine range of one law version for ordinary or serious cases.
 *
 * @param lawVersion e.g. {@code AUCL-2019}
 * @param article the article that sets it
 * @param source where the article and band come from (and what of them is not yet verified)
 */
public record FineRange(
    String lawVersion,
    String article,
    boolean serious,
    BigDecimal min,
    BigDecimal max,
    String source) {

  public boolean contains(BigDecimal fine) {
    return fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0;
  }

  /** Lighter for the party: a lower maximum, or the same maximum and a lower minimum. */
  public boolean isLighterThan(FineRange other) {
    int byMax = max.compareTo(other.max);
    return byMax < 0 || (byMax == 0 && min.compareTo(other.min) < 0);
  }
}
