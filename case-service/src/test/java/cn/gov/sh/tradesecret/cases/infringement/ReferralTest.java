package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static final CrimeFinding AT_THRESHOLD =
      CrimeFinding.of(new BigDecimal("300000"), null, null, null, InfringementCaseTest.THRESHOLD);
  private static final CrimeFinding BELOW =
      CrimeFinding.of(new BigDecimal("50000"), null, null, null, InfringementCaseTest.THRESHOLD);

  @Test
  void noOtherOutcomeReplacesTheReferralOfASuspectedCrime() {
    Referral referral = new Referral();

    assertRefused(
        () -> referral.requireNotReplacedBy("an administrative penalty", AT_THRESHOLD),
        "suspected-crime");
    assertThatCode(() -> referral.requireNotReplacedBy("a mediation", BELOW))
        .doesNotThrowAnyException();
  }

  @Test
  void onceThePoliceDeclinedTheCaseMayBeSettledAdministratively() {
    Referral referral = new Referral();

    referral.declinedByPolice("REF-1");

    assertThat(referral.isDeclined()).isTrue();
    assertThat(referral.getReferralId()).isEqualTo("REF-1");
    assertThatCode(() -> referral.requireNotReplacedBy("an administrative penalty", AT_THRESHOLD))
        .doesNotThrowAnyException();
  }

  @Test
  void anAcceptedOrRejectedReferralIsNotADeclinedOne() {
    Referral referral = new Referral();

    referral.answered("REF-2");

    assertThat(referral.isDeclined()).isFalse();
    assertRefused(
        () -> referral.requireNotReplacedBy("closing without penalty", AT_THRESHOLD),
        "suspected-crime");
  }
}
