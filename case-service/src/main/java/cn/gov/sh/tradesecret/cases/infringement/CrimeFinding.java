package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Whether a case is a suspected crime, and why: the amount established by an appraisal (the larger
 * of the loss and the illegal gains) or, until one is, the rights holder's claimed loss, against
 * the threshold in force.
 */
record CrimeFinding(boolean suspected, String grounds) {

  static CrimeFinding of(
      BigDecimal claimedAmount,
      BigDecimal establishedLoss,
      BigDecimal illegalGains,
      CrimeThreshold threshold) {
    String what;
    BigDecimal amount;
    boolean gains = false;
    if (establishedLoss == null && illegalGains == null) {
      what = "the claimed loss";
      amount = claimedAmount;
    } else if (illegalGains == null
        || (establishedLoss != null && establishedLoss.compareTo(illegalGains) >= 0)) {
      what = "the established loss";
      amount = establishedLoss;
    } else {
      what = "the established illegal gains";
      amount = illegalGains;
      gains = true;
    }
    boolean suspected = threshold.isReachedBy(amount);
    String verb =
        suspected ? (gains ? "reach" : "reaches") : (gains ? "stay below" : "stays below");
    return new CrimeFinding(
        suspected,
        what
            + " of "
            + yuan(amount)
            + " yuan "
            + verb
            + " the criminal threshold of "
            + yuan(threshold.lossOrGain())
            + " yuan ("
            + threshold.id()
            + ")");
  }

  /** 2,000,000 or 299,999.99, as an officer writes it. */
  private static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }
}
