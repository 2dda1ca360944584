package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReferralTest {

  private static final BigDecimal AT_THRESHOLD = new BigDecimal("300000");

  @Test
  void aLossOf300000YuanOrMoreIsASuspectedCrime() {
    assertThat(Referral.isSuspectedCrime(AT_THRESHOLD)).isTrue();
    assertThat(Referral.isSuspectedCrime(new BigDecimal("299999.99"))).isFalse();
  }

  @Test
  void noOtherOutcomeReplacesTheReferralOfASuspectedCrime() {
    Referral referral = new Referral();

    assertRefused(
        () -> referral.requireNotReplacedBy("an administrative penalty", true, AT_THRESHOLD),
        "suspected-crime");
    assertThatCode(
            () -> referral.requireNotReplacedBy("a mediation", false, new BigDecimal("50000")))
        .doesNotThrowAnyException();
  }

  @Test
  void onceThePoliceDeclinedTheCaseMayBeSettledAdministratively() {
    Referral referral = new Referral();

    referral.declinedByPolice("REF-1");

    assertThat(referral.isDeclined()).isTrue();
    assertThat(referral.getReferralId()).isEqualTo("REF-1");
    assertThatCode(
            () -> referral.requireNotReplacedBy("an administrative penalty", true, AT_THRESHOLD))
        .doesNotThrowAnyException();
  }

  @Test
  void anAcceptedOrRejectedReferralIsNotADeclinedOne() {
    Referral referral = new Referral();

    referral.answered("REF-2");

    assertThat(referral.isDeclined()).isFalse();
    assertRefused(
        () -> referral.requireNotReplacedBy("closing without penalty", true, AT_THRESHOLD),
        "suspected-crime");
  }
}
