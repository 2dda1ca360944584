package cn.gov.sh.tradesecret.cases.penalty;

import java.math.BigDecimal;

/**
 * The fine range of one law version for ordinary or serious cases.
 *
 * @param lawVersion e.g. {@code AUCL-2019}
 * @param article the article that sets it
 */
public record FineRange(
    String lawVersion, String article, boolean serious, BigDecimal min, BigDecimal max) {

  public boolean contains(BigDecimal fine) {
    return fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0;
  }
}
