package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStatusTest {

  @ParameterizedTest
  @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void anOpenCaseTakesEvidence(CaseStatus status) {
    status.requireOpen("take evidence");
  }

  @Test
  void aClosedCaseTakesNoEvidence() {
    assertRefused(() -> CaseStatus.CLOSED.requireOpen("take evidence"), "illegal-transition");
  }

  @Test
  void aStepStartsOnlyWhereItMust() {
    CaseStatus.INVESTIGATING.require(CaseStatus.INVESTIGATING, "decide a penalty");
    assertRefused(
        () -> CaseStatus.REFERRED.require(CaseStatus.INVESTIGATING, "decide a penalty"),
        "illegal-transition");
  }
}
