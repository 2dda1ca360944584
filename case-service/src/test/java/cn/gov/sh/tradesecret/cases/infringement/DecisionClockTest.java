package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.DEADLINES;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertInvalid;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionClockTest {

  /** Wed 15 Jan 2031: the 90th day is Tue 15 Apr, a working day. */
  private static final Instant FILED = shanghai("2031-01-15T10:00");

  private final DecisionClock clock = DecisionClock.startedAt(FILED, DEADLINES);

  @Test
  void runsNinetyDaysFromFiling() {
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 4, 15));
    assertThat(clock.isExtended()).isFalse();
    assertThat(clock.isPaused()).isFalse();
  }

  @Test
  void standsStillDuringAnAppraisalAndMovesTheDeadlineByTheDaysItStood() {
    clock.pause();
    assertThat(clock.isPaused()).isTrue();

    clock.resume(10, FILED, DEADLINES);

    assertThat(clock.isPaused()).isFalse();
    assertThat(clock.getPausedDays()).isEqualTo(10);
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 4, 25));
  }

  @Test
  void theHeadExtendsByThirtyDaysOnce() {
    clock.extendByHead(FILED, DEADLINES);

    assertThat(clock.getExtensionDays()).isEqualTo(30);
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 5, 15));
    assertRefused(() -> clock.extendByHead(FILED, DEADLINES), "extension-exhausted");
  }

  @Test
  void aCollectiveDecisionComesOnlyAfterTheHeadsExtension() {
    assertRefused(
        () -> clock.extendByCollectiveDecision(LocalDate.of(2031, 6, 30)), "extension-order");
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 4, 15));
  }

  @Test
  void aCollectiveDecisionSetsALaterDateWhichThenGoverns() {
    clock.extendByHead(FILED, DEADLINES);

    assertInvalid(() -> clock.extendByCollectiveDecision(LocalDate.of(2031, 5, 15)), "newDueDate");
    clock.extendByCollectiveDecision(LocalDate.of(2031, 6, 30));
    clock.resume(5, FILED, DEADLINES);

    assertThat(clock.getCollectiveDue()).isEqualTo(LocalDate.of(2031, 6, 30));
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 6, 30));
  }

  @Test
  void theHeadCannotExtendAfterACollectiveDecision() {
    clock.extendByHead(FILED, DEADLINES);
    clock.extendByCollectiveDecision(LocalDate.of(2031, 6, 30));

    assertRefused(() -> clock.extendByHead(FILED, DEADLINES), "extension-exhausted");
  }

  @Test
  void aCollectiveExtensionMustNameItsDate() {
    clock.extend(ExtensionBasis.HEAD_APPROVAL, null, CaseStatus.INVESTIGATING, FILED, DEADLINES);

    assertInvalid(
        () ->
            clock.extend(
                ExtensionBasis.COLLECTIVE_DECISION,
                null,
                CaseStatus.INVESTIGATING,
                FILED,
                DEADLINES),
        "newDueDate");
    clock.extend(
        ExtensionBasis.COLLECTIVE_DECISION,
        LocalDate.of(2031, 6, 30),
        CaseStatus.REFERRAL_PROPOSED,
        FILED,
        DEADLINES);
    assertThat(clock.getDecisionDue()).isEqualTo(LocalDate.of(2031, 6, 30));
  }

  @Test
  void noExtensionOnceTheClockStopsRunning() {
    assertRefused(
        () ->
            clock.extend(
                ExtensionBasis.HEAD_APPROVAL, null, CaseStatus.PENALTY_DECIDED, FILED, DEADLINES),
        "illegal-transition");
    assertThat(clock.isExtended()).isFalse();
  }
}
