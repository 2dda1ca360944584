package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Whether a case is a suspected crime, and why: the amount established by an appraisal (the larger
 * of the loss and the illegal gains) or, until one is, the rights holder's claimed loss, against
 * the threshold in force; and the rights holder's bankruptcy where that threshold makes it a
 * ground.
 */
record CrimeFinding(boolean suspected, String grounds) {

  /** What was recorded that made the finding again. */
  enum Trigger {
    APPRAISAL_FINISHED,
    RIGHTS_HOLDER_BANKRUPTCY
  }

  /**
   * The finding on the amounts and on {@code bankruptcy} (null when none is recorded) against
   * {@code threshold}.
   */
  static CrimeFinding of(
      BigDecimal claimedAmount,
      BigDecimal establishedLoss,
      BigDecimal illegalGains,
      RightsHolderBankruptcy bankruptcy,
      CrimeThreshold threshold) {
    CrimeFinding byAmount = byAmount(claimedAmount, establishedLoss, illegalGains, threshold);
    if (bankruptcy == null) {
      return byAmount;
    }
    String declared =
        "the rights holder's bankruptcy, declared on "
            + bankruptcy.getDeclaredOn()
            + " by ruling "
            + bankruptcy.getRuling()
            + ", ";
    return threshold.bankruptcyGround()
        ? new CrimeFinding(
            true,
            declared
                + "is a ground of the criminal threshold ("
                + threshold.id()
                + "); "
                + byAmount.grounds())
        : new CrimeFinding(
            byAmount.suspected(),
            byAmount.grounds()
                + "; "
                + declared
                + "is no ground of the criminal threshold ("
                + threshold.id()
                + ")");
  }

  private static CrimeFinding byAmount(
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
