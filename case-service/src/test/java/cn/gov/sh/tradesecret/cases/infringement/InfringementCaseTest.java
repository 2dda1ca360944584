package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.DEADLINES;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertInvalid;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import cn.gov.sh.tradesecret.cases.penalty.FineRange;
import cn.gov.sh.tradesecret.events.cases.AppraisalFinished;
import cn.gov.sh.tradesecret.events.cases.AppraisalStarted;
import cn.gov.sh.tradesecret.events.cases.CaseClosed;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineExtended;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.MediationConcluded;
import cn.gov.sh.tradesecret.events.cases.MediationFailed;
import cn.gov.sh.tradesecret.events.cases.PenaltyDecided;
import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case's transitions, the events they record, and the steps it refuses; no database, no Spring.
 */
class InfringementCaseTest {

  private static final Instant FILED = shanghai("2031-01-15T10:00");
  private static final Instant LATER = shanghai("2031-02-03T10:00");
  static final CrimeThreshold THRESHOLD =
      new CrimeThreshold(
          "FASHI-2025-5", new BigDecimal("300000"), "法释〔2025〕5号", true, "法释〔2025〕5号: bankruptcy");
  private static final FineRange ORDINARY =
      new FineRange(
          "AUCL-2019",
          "art. 21",
          false,
          new BigDecimal("100000"),
          new BigDecimal("1000000"),
          "AUCL 2019");

  private static InfringementCase filed(String claimedAmount) {
    return new InfringementCase(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "沪松市监案〔2031〕1号",
        "310117",
        "MR-310117",
        new BigDecimal(claimedAmount),
        "officer-songjiang",
        FILED,
        DEADLINES,
        THRESHOLD,
        null,
        null);
  }

  /** The events recorded since the last call (a save hands them on and clears them likewise). */
  private static List<Object> recorded(InfringementCase c) {
    return c.takeRecordedEvents();
  }

  private static void decidePenalty(InfringementCase c, String fine) {
    c.decidePenalty(
        true,
        new BigDecimal(fine),
        BigDecimal.ZERO,
        false,
        null,
        ApplicableFine.choose(ORDINARY, ORDINARY),
        "head-songjiang",
        LocalDate.of(2031, 2, 3),
        LATER);
  }

  @Test
  void filingRecordsTheCaseFiledWithItsNinetyDayDeadline() {
    InfringementCase c = filed("50000");

    assertThat(c.getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
    assertThat(recorded(c))
        .singleElement()
        .isInstanceOfSatisfying(
            CaseFiled.class,
            e -> {
              assertThat(e.caseId()).isEqualTo(c.getId().toString());
              assertThat(e.suspectedCrime()).isFalse();
              assertThat(e.filedAt()).isEqualTo(FILED);
              assertThat(e.decisionDue())
                  .isEqualTo(WorkingDayCalendar.endOf(LocalDate.of(2031, 4, 15)));
            });
  }

  @Test
  void anAppraisalStopsTheClockAndItsResultMovesTheDeadline() {
    InfringementCase c = filed("50000");
    recorded(c);

    Appraisal appraisal =
        c.startAppraisal(
            AppraisalMatter.NON_PUBLIC_NATURE, "SH-IP-Appraisal", "officer-songjiang", FILED);
    assertThat(c.getClock().isPaused()).isTrue();
    assertRefused(
        () ->
            c.startAppraisal(
                AppraisalMatter.NON_PUBLIC_NATURE, "other", "officer-songjiang", FILED),
        "appraisal-under-way");
    assertRefused(() -> decidePenalty(c, "100000"), "appraisal-under-way");
    c.finishAppraisal(
        appraisal.getId(),
        new AppraisalResult(AppraisalConclusion.CONFIRMED, "ab".repeat(32), null, null),
        shanghai("2031-01-25T10:00"),
        DEADLINES,
        THRESHOLD);

    assertThat(c.getClock().isPaused()).isFalse();
    assertThat(c.getClock().getDecisionDue()).isEqualTo(LocalDate.of(2031, 4, 25));
    assertThat(recorded(c))
        .hasExactlyElementsOfTypes(AppraisalStarted.class, AppraisalFinished.class)
        .last()
        .isInstanceOfSatisfying(
            AppraisalFinished.class, e -> assertThat(e.pausedDays()).isEqualTo(10));
    assertRefused(
        () ->
            c.finishAppraisal(
                appraisal.getId(),
                new AppraisalResult(AppraisalConclusion.CONFIRMED, "cd".repeat(32), null, null),
                LATER,
                DEADLINES,
                THRESHOLD),
        "illegal-transition");
  }

  private static List<Object> lossAssessed(InfringementCase c, String loss) {
    Appraisal appraisal =
        c.startAppraisal(
            AppraisalMatter.LOSS_ASSESSMENT, "SH-Assessors", "officer-songjiang", FILED);
    c.finishAppraisal(
        appraisal.getId(),
        new AppraisalResult(
            AppraisalConclusion.CONFIRMED, "ab".repeat(32), new BigDecimal(loss), null),
        LATER,
        DEADLINES,
        THRESHOLD);
    return recorded(c);
  }

  @Test
  void anAppraisalThatRaisesTheFindingRecordsItsReassessmentWithGroundsAndSource() {
    InfringementCase c = filed("100000");
    recorded(c);

    assertThat(lossAssessed(c, "300000"))
        .hasExactlyElementsOfTypes(
            AppraisalStarted.class, AppraisalFinished.class, SuspectedCrimeReassessed.class)
        .last()
        .isInstanceOfSatisfying(
            SuspectedCrimeReassessed.class,
            e -> {
              assertThat(e.suspectedCrime()).isTrue();
              assertThat(e.trigger()).isEqualTo("APPRAISAL_FINISHED");
              assertThat(e.establishedLoss()).isEqualByComparingTo("300000");
              assertThat(e.grounds()).startsWith("the established loss of 300,000 yuan reaches");
              assertThat(e.threshold()).isEqualTo("FASHI-2025-5");
              assertThat(e.thresholdSource()).isEqualTo("法释〔2025〕5号");
              assertThat(e.reassessedAt()).isEqualTo(LATER);
            });
  }

  @Test
  void anAppraisalThatLeavesTheFindingAsItWasRecordsNoReassessment() {
    InfringementCase c = filed("500000");
    recorded(c);

    assertThat(lossAssessed(c, "400000"))
        .hasExactlyElementsOfTypes(AppraisalStarted.class, AppraisalFinished.class);
    assertThat(c.isSuspectedCrime()).isTrue();
  }

  @Test
  void theRightsHoldersBankruptcyRaisesTheFindingAndCitesTheGroundsSource() {
    InfringementCase c = filed("50000");
    recorded(c);

    c.recordBankruptcy(
        RightsHolderBankruptcy.of(
            LocalDate.of(2031, 1, 20), "(2031)沪03破1号", LocalDate.of(2031, 2, 3)),
        THRESHOLD,
        LATER);

    assertThat(recorded(c))
        .singleElement()
        .isInstanceOfSatisfying(
            SuspectedCrimeReassessed.class,
            e -> {
              assertThat(e.suspectedCrime()).isTrue();
              assertThat(e.trigger()).isEqualTo("RIGHTS_HOLDER_BANKRUPTCY");
              assertThat(e.rightsHolderBankrupt()).isTrue();
              assertThat(e.grounds()).startsWith("the rights holder's bankruptcy");
              assertThat(e.thresholdSource()).endsWith("法释〔2025〕5号: bankruptcy");
            });
  }

  @Test
  void extensionsComeInTheirOrderAndRecordTheDeadlineMoved() {
    InfringementCase c = filed("50000");
    recorded(c);

    assertRefused(
        () ->
            c.extendDeadline(
                ExtensionBasis.COLLECTIVE_DECISION,
                LocalDate.of(2031, 6, 30),
                DEADLINES,
                "head-songjiang",
                LATER),
        "extension-order");
    assertInvalid(
        () ->
            c.extendDeadline(
                ExtensionBasis.COLLECTIVE_DECISION, null, DEADLINES, "head-songjiang", LATER),
        "newDueDate");
    c.extendDeadline(ExtensionBasis.HEAD_APPROVAL, null, DEADLINES, "head-songjiang", LATER);
    c.extendDeadline(
        ExtensionBasis.COLLECTIVE_DECISION,
        LocalDate.of(2031, 6, 30),
        DEADLINES,
        "head-songjiang",
        LATER);

    assertThat(recorded(c))
        .extracting(e -> (CaseDeadlineExtended) e)
        .extracting(
            CaseDeadlineExtended::basis,
            CaseDeadlineExtended::previousDue,
            CaseDeadlineExtended::newDue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "HEAD_APPROVAL",
                WorkingDayCalendar.endOf(LocalDate.of(2031, 4, 15)),
                WorkingDayCalendar.endOf(LocalDate.of(2031, 5, 15))),
            org.assertj.core.groups.Tuple.tuple(
                "COLLECTIVE_DECISION",
                WorkingDayCalendar.endOf(LocalDate.of(2031, 5, 15)),
                WorkingDayCalendar.endOf(LocalDate.of(2031, 6, 30))));
  }

  @Test
  void aDecidedCaseHasNoRunningDeadlineToExtend() {
    InfringementCase c = filed("50000");
    decidePenalty(c, "100000");

    assertRefused(
        () ->
            c.extendDeadline(
                ExtensionBasis.HEAD_APPROVAL, null, DEADLINES, "head-songjiang", LATER),
        "illegal-transition");
  }

  @Test
  void aSuspectedCrimeIsReferredBeforeAnyOtherOutcome() {
    InfringementCase c = filed("300000");

    assertThat(c.isSuspectedCrime()).isTrue();
    assertRefused(() -> decidePenalty(c, "100000"), "suspected-crime");
    assertRefused(() -> c.concludeMediation(null, "ab".repeat(32), LATER), "suspected-crime");
    assertRefused(() -> c.close("no evidence", "officer-songjiang", LATER), "suspected-crime");
    assertRefused(
        () ->
            c.failMediation(
                MediationFailure.Reason.PARTIES_DID_NOT_AGREE, null, "officer-songjiang", LATER),
        "suspected-crime");
  }

  @Test
  void aFailedMediationLeavesTheCaseUnderInvestigationAndIsRecorded() {
    InfringementCase c = filed("50000");
    recorded(c);

    c.failMediation(MediationFailure.Reason.PARTY_WITHDREW, null, "officer-songjiang", LATER);

    assertThat(c.getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
    assertThat(recorded(c))
        .singleElement()
        .isInstanceOfSatisfying(
            MediationFailed.class, e -> assertThat(e.reason()).isEqualTo("PARTY_WITHDREW"));
  }

  private static void execute(
      InfringementCase c, PenaltyExecution.Manner manner, String amount, LocalDate on) {
    c.recordExecution(
        manner,
        on,
        amount == null ? null : new BigDecimal(amount),
        "沪非税缴〔2031〕1号",
        manner == PenaltyExecution.Manner.COURT_ENFORCEMENT ? "COURT-310117" : null,
        LocalDate.of(2031, 2, 10),
        "officer-songjiang",
        LATER);
  }

  @Test
  void anExecutionNeedsAPenaltyAndNeverExceedsTheFineAndConfiscation() {
    InfringementCase c = filed("50000");
    LocalDate paidOn = LocalDate.of(2031, 2, 5);
    assertRefused(
        () -> execute(c, PenaltyExecution.Manner.PAID_IN_FULL, "1", paidOn), "illegal-transition");
    decidePenalty(c, "100000");
    recorded(c);

    assertInvalid(
        () -> execute(c, PenaltyExecution.Manner.PAID_IN_FULL, "100000.01", paidOn), "amountPaid");
    assertInvalid(
        () -> execute(c, PenaltyExecution.Manner.PAID_IN_FULL, "1", LocalDate.of(2031, 2, 2)),
        "executedOn");
    assertInvalid(
        () -> execute(c, PenaltyExecution.Manner.PAID_IN_FULL, "1", LocalDate.of(2031, 2, 11)),
        "executedOn");
    assertInvalid(
        () -> execute(c, PenaltyExecution.Manner.PAID_IN_FULL, null, paidOn), "amountPaid");
    assertThat(recorded(c)).isEmpty();
  }

  @Test
  void instalmentsAreNotYetAnExecutionPaymentInFullOrTheCourtsEnforcementIs() {
    InfringementCase c = filed("50000");
    decidePenalty(c, "100000");
    LocalDate on = LocalDate.of(2031, 2, 5);

    execute(c, PenaltyExecution.Manner.INSTALMENTS, "30000", on);
    assertThat(c.getExecution().isExecuted()).isFalse();
    execute(c, PenaltyExecution.Manner.COURT_ENFORCEMENT, null, on);
    assertThat(c.getExecution().isExecuted()).isTrue();
    execute(c, PenaltyExecution.Manner.PAID_IN_FULL, "100000", on);
    assertThat(c.getExecution().isExecuted()).isTrue();
  }

  @Test
  void afterThePoliceDeclinedTheReferralAPenaltyIsAllowed() {
    InfringementCase c = filed("300000");
    recorded(c);

    c.proposeReferral("loss above threshold", "head-songjiang", LATER);
    assertRefused(() -> c.proposeReferral("again", "head-songjiang", LATER), "illegal-transition");
    assertThat(c.referralDeclined("REF-1")).isTrue();
    decidePenalty(c, "100000");

    assertThat(c.getStatus()).isEqualTo(CaseStatus.PENALTY_DECIDED);
    assertThat(recorded(c))
        .hasExactlyElementsOfTypes(CaseReferralProposed.class, PenaltyDecided.class);
  }

  @Test
  void aReportTheCaseDoesNotAwaitChangesNothing() {
    InfringementCase c = filed("50000");

    assertThat(c.referralAccepted("REF-1")).isFalse();
    assertThat(c.confirmationGranted()).isFalse();
    assertThat(c.getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
    assertThat(c.getReferral().getReferralId()).isNull();
  }

  @Test
  void aMediationIsConfirmedThenClosedWithoutFine() {
    InfringementCase c = filed("50000");
    recorded(c);

    c.concludeMediation(null, "AB".repeat(32), LATER);
    assertRefused(() -> c.close(null, "officer-songjiang", LATER), "illegal-transition");
    assertThat(c.confirmationGranted()).isTrue();
    c.close(null, "officer-songjiang", LATER);

    List<Object> events = recorded(c);
    assertThat(events).hasExactlyElementsOfTypes(MediationConcluded.class, CaseClosed.class);
    assertThat((CaseClosed) events.get(1))
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("MEDIATION");
              assertThat(e.fine()).isEqualByComparingTo("0");
              assertThat(e.confiscation()).isEqualByComparingTo("0");
            });
  }

  @Test
  void aClosedCaseTakesNoMoreEvidenceNorSteps() {
    InfringementCase c = filed("50000");
    decidePenalty(c, "100000");
    c.close(null, "officer-songjiang", LATER);

    assertThat(c.getClosing().getOutcome()).isEqualTo(CaseOutcome.PENALTY);
    assertRefused(
        () ->
            c.addEvidence(
                EvidenceKind.DOCUMENT,
                "contract",
                "officer-songjiang",
                LATER,
                "ab".repeat(32),
                null,
                "officer-songjiang",
                LATER),
        "illegal-transition");
    assertRefused(() -> c.close("again", "officer-songjiang", LATER), "illegal-transition");
    assertRefused(() -> decidePenalty(c, "100000"), "illegal-transition");
  }

  @Test
  void aChangeOnAnOlderVersionIsStale() {
    InfringementCase c = filed("50000");

    c.requireVersion(null);
    c.requireVersion(0L);
    assertRefused(() -> c.requireVersion(1L), "stale");
  }
}
