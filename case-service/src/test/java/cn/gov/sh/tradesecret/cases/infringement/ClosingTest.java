package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertInvalid;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClosingTest {

  private static final Instant NOW = shanghai("2031-03-03T10:00");

  @ParameterizedTest
  @CsvSource({
    "PENALTY_DECIDED, PENALTY",
    "MEDIATION_CONFIRMED, MEDIATION",
    "REFERRED, REFERRAL",
    "INVESTIGATING, NO_PENALTY"
  })
  void theOutcomeIsWhereTheCaseStood(CaseStatus status, CaseOutcome outcome) {
    Closing closing = Closing.of(status, "settled", "officer-songjiang", NOW);

    assertThat(closing.getOutcome()).isEqualTo(outcome);
    assertThat(closing.getClosedBy()).isEqualTo("officer-songjiang");
    assertThat(closing.getClosedAt()).isEqualTo(NOW);
  }

  @Test
  void closingWithoutPenaltyNeedsTheReasonsInWriting() {
    assertInvalid(
        () -> Closing.of(CaseStatus.INVESTIGATING, null, "officer-songjiang", NOW), "reason");
    assertInvalid(
        () -> Closing.of(CaseStatus.INVESTIGATING, " ", "officer-songjiang", NOW), "reason");
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"REFERRAL_PROPOSED", "MEDIATION_CONCLUDED", "CLOSED"})
  void aCaseThatReachedNoOutcomeCannotBeClosed(CaseStatus status) {
    assertRefused(
        () -> Closing.of(status, "reasons", "officer-songjiang", NOW), "illegal-transition");
  }
}
