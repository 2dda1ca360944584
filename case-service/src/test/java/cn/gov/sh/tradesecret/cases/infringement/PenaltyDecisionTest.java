package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.cases.penalty.FineRange;
import cn.gov.sh.tradesecret.cases.penalty.LawChoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PenaltyDecisionTest {

  private static final FineRange ORDINARY =
      new FineRange(
          "AUCL-2019",
          "art. 21",
          false,
          new BigDecimal("100000"),
          new BigDecimal("1000000"),
          "AUCL 2019");
  private static final LocalDate DECIDED_ON = LocalDate.of(2031, 3, 3);

  private static PenaltyDecision decide(String fine, String mitigationGrounds) {
    return PenaltyDecision.decide(
        true,
        new BigDecimal(fine),
        new BigDecimal("5000"),
        false,
        mitigationGrounds,
        ApplicableFine.choose(ORDINARY, ORDINARY),
        "head-songjiang",
        DECIDED_ON);
  }

  @Test
  void aFineWithinTheRangeIsDecidedUnderItsLawVersion() {
    PenaltyDecision decision = decide("100000", null);

    assertThat(decision.getFine()).isEqualByComparingTo("100000");
    assertThat(decision.getLawVersion()).isEqualTo("AUCL-2019");
    assertThat(decision.getLawArticle()).isEqualTo("art. 21");
    assertThat(decision.getLawChoice()).isEqualTo(LawChoice.LAW_AT_THE_ACT);
    assertThat(decision.getOrderToStop()).isTrue();
    assertThat(decision.getDecidedBy()).isEqualTo("head-songjiang");
    assertThat(decision.getDecidedOn()).isEqualTo(DECIDED_ON);
    assertThat(decision.getMitigationGrounds()).isNull();
  }

  @Test
  void aFineOutsideTheRangeIsRefused() {
    assertInvalid(() -> decide("99999.99", null), "fine");
    assertInvalid(() -> decide("1000000.01", null), "fine");
  }

  @Test
  void mitigationAllowsAFineBelowTheMinimumNeverAboveTheMaximum() {
    PenaltyDecision mitigated = decide("20000", "first offence, losses repaired");

    assertThat(mitigated.getFine()).isEqualByComparingTo("20000");
    assertThat(mitigated.getMitigationGrounds()).isEqualTo("first offence, losses repaired");
    assertInvalid(() -> decide("1000000.01", "first offence"), "fine");
  }

  @Test
  void blankMitigationGroundsMitigateNothing() {
    assertInvalid(() -> decide("20000", " "), "fine");
    assertThat(decide("200000", " ").getMitigationGrounds()).isNull();
  }
}
