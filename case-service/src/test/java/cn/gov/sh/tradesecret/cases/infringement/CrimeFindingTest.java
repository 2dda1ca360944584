package cn.gov.sh.tradesecret.cases.infringement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The suspected-crime finding against the threshold of 法释〔2025〕5号 (300,000 yuan). */
class CrimeFindingTest {

  private static CrimeFinding claimed(String amount) {
    return CrimeFinding.of(
        new BigDecimal(amount), null, null, null, InfringementCaseTest.THRESHOLD);
  }

  @Test
  void aClaimedLossOf300000YuanReachesTheThresholdAnd299999Point99DoesNot() {
    assertThat(claimed("300000").suspected()).isTrue();
    assertThat(claimed("300000").grounds())
        .isEqualTo(
            "the claimed loss of 300,000 yuan reaches the criminal threshold of 300,000 yuan"
                + " (FASHI-2025-5)");
    assertThat(claimed("299999.99").suspected()).isFalse();
    assertThat(claimed("299999.99").grounds()).contains("stays below");
  }

  @Test
  void anEstablishedAmountDecidesInsteadOfTheClaim() {
    CrimeFinding cleared =
        CrimeFinding.of(
            new BigDecimal("2000000"),
            new BigDecimal("299999.99"),
            null,
            null,
            InfringementCaseTest.THRESHOLD);
    CrimeFinding raised =
        CrimeFinding.of(
            new BigDecimal("50000"),
            null,
            new BigDecimal("300000"),
            null,
            InfringementCaseTest.THRESHOLD);

    assertThat(cleared.suspected()).isFalse();
    assertThat(cleared.grounds()).startsWith("the established loss of 299,999.99 yuan stays below");
    assertThat(raised.suspected()).isTrue();
    assertThat(raised.grounds()).startsWith("the established illegal gains of 300,000 yuan reach");
  }

  @Test
  void theLargerOfTheEstablishedLossAndGainsDecides() {
    CrimeFinding finding =
        CrimeFinding.of(
            new BigDecimal("1"),
            new BigDecimal("100000"),
            new BigDecimal("350000"),
            null,
            InfringementCaseTest.THRESHOLD);

    assertThat(finding.suspected()).isTrue();
    assertThat(finding.grounds()).contains("illegal gains of 350,000");
  }

  private static final RightsHolderBankruptcy BANKRUPT =
      RightsHolderBankruptcy.of(
          LocalDate.of(2031, 1, 20), "(2031)沪03破1号", LocalDate.of(2031, 2, 1));

  @Test
  void theRightsHoldersBankruptcyMakesASmallLossASuspectedCrimeAndIsNamedAsAGround() {
    CrimeFinding finding =
        CrimeFinding.of(
            new BigDecimal("50000"), null, null, BANKRUPT, InfringementCaseTest.THRESHOLD);

    assertThat(finding.suspected()).isTrue();
    assertThat(finding.grounds())
        .startsWith(
            "the rights holder's bankruptcy, declared on 2031-01-20 by ruling (2031)沪03破1号, is a"
                + " ground of the criminal threshold (FASHI-2025-5)")
        .contains("the claimed loss of 50,000 yuan stays below");
  }

  @Test
  void aBankruptcyUnderAThresholdWithoutThatGroundChangesNothing() {
    CrimeThreshold amountsOnly =
        new CrimeThreshold("AMOUNTS-ONLY", new BigDecimal("300000"), "a test row", false, null);

    CrimeFinding finding =
        CrimeFinding.of(new BigDecimal("50000"), null, null, BANKRUPT, amountsOnly);

    assertThat(finding.suspected()).isFalse();
    assertThat(finding.grounds()).endsWith("is no ground of the criminal threshold (AMOUNTS-ONLY)");
  }
}
