package cn.gov.sh.tradesecret.cases.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Administrative Penalty Law art. 37: the law at the act, unless the law at the decision is
 * lighter.
 */
class ApplicableFineTest {

  private static FineRange range(String version, String min, String max) {
    return new FineRange(
        version, "art. x", false, new BigDecimal(min), new BigDecimal(max), "test band");
  }

  private static final FineRange AT_ACT = range("OLD", "100000", "1000000");

  @Test
  void theSameBandAtTheDecisionKeepsTheLawAtTheAct() {
    ApplicableFine applicable = ApplicableFine.choose(AT_ACT, range("NEW", "100000", "1000000"));

    assertThat(applicable.range().lawVersion()).isEqualTo("OLD");
    assertThat(applicable.choice()).isEqualTo(LawChoice.LAW_AT_THE_ACT);
  }

  @Test
  void aLowerMaximumAtTheDecisionIsLighterAndApplies() {
    ApplicableFine applicable = ApplicableFine.choose(AT_ACT, range("NEW", "100000", "800000"));

    assertThat(applicable.range().lawVersion()).isEqualTo("NEW");
    assertThat(applicable.choice()).isEqualTo(LawChoice.LIGHTER_LAW_AT_THE_DECISION);
  }

  @Test
  void theSameMaximumWithALowerMinimumAtTheDecisionIsLighterAndApplies() {
    ApplicableFine applicable = ApplicableFine.choose(AT_ACT, range("NEW", "50000", "1000000"));

    assertThat(applicable.range().lawVersion()).isEqualTo("NEW");
    assertThat(applicable.choice()).isEqualTo(LawChoice.LIGHTER_LAW_AT_THE_DECISION);
  }

  @Test
  void aHeavierLawAtTheDecisionDoesNotApplyToAnEarlierAct() {
    ApplicableFine higherMaximum = ApplicableFine.choose(AT_ACT, range("NEW", "50000", "2000000"));
    ApplicableFine higherMinimum = ApplicableFine.choose(AT_ACT, range("NEW", "200000", "1000000"));

    assertThat(higherMaximum.range().lawVersion()).isEqualTo("OLD");
    assertThat(higherMaximum.choice()).isEqualTo(LawChoice.LAW_AT_THE_ACT);
    assertThat(higherMinimum.range().lawVersion()).isEqualTo("OLD");
  }
}
