package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock of a case's decision: 90 days from filing (market-regulation penalty procedure, art.
 * 64), stopped while an appraisal is under way ("不计入"), extended once by the head by 30 days,
 * beyond that only by a recorded collective decision, which sets the date. How the days are counted
 * is {@link DecisionDeadlines}'; the order of the extensions is this clock's rule.
 */
@Embeddable
public class DecisionClock {

  @Column(name = "extension_days")
  private int extensionDays;

  @Column(name = "collective_due")
  private LocalDate collectiveDue;

  @Column(name = "paused_days")
  private int pausedDays;

  @Column(name = "clock_paused")
  private boolean paused;

  @Column(name = "decision_due")
  private LocalDate decisionDue;

  protected DecisionClock() {}

  /** The clock of a case filed at {@code filedAt}: 90 days, nothing paused, nothing extended. */
  static DecisionClock startedAt(Instant filedAt, DecisionDeadlines deadlines) {
    DecisionClock clock = new DecisionClock();
    clock.decisionDue = deadlines.caseDecisionDue(filedAt, 0, 0, null);
    return clock;
  }

  /** An appraisal started: the clock stands still. */
  void pause() {
    paused = true;
  }

  /**
   * The appraisal came back after {@code days}: the clock runs again, its deadline moved by them.
   */
  void resume(int days, Instant filedAt, DecisionDeadlines deadlines) {
    pausedDays += days;
    paused = false;
    decisionDue = deadlines.caseDecisionDue(filedAt, extensionDays, pausedDays, collectiveDue);
  }

  /**
   * Extends the deadline of a case that is {@code status}, while the clock runs: by the head's 30
   * days, or to the date a collective decision set, which it must name.
   */
  void extend(
      ExtensionBasis basis,
      LocalDate newDue,
      CaseStatus status,
      Instant filedAt,
      DecisionDeadlines deadlines) {
    if (basis != ExtensionBasis.HEAD_APPROVAL && newDue == null) {
      throw DomainException.invalidField(
          "newDueDate", "a collective decision sets the new last day");
    }
    if (!status.clockRuns()) {
      throw DomainException.conflict(
          "illegal-transition", "a case that is " + status + " has no running deadline to extend");
    }
    if (basis == ExtensionBasis.HEAD_APPROVAL) {
      extendByHead(filedAt, deadlines);
    } else {
      extendByCollectiveDecision(newDue);
    }
  }

  /** The head's extension by 30 days; once, and not after a collective decision. */
  void extendByHead(Instant filedAt, DecisionDeadlines deadlines) {
    if (isExtended()) {
      throw DomainException.conflict(
          "extension-exhausted",
          "the head's 30-day extension was already granted; "
              + "beyond it only a recorded collective decision may set a new date");
    }
    extensionDays = DecisionDeadlines.CASE_EXTENSION_DAYS;
    decisionDue = deadlines.caseDecisionDue(filedAt, extensionDays, pausedDays, collectiveDue);
  }

  /**
   * A collective decision sets a new date, after the head's extension was used, and later than the
   * current one.
   */
  void extendByCollectiveDecision(LocalDate newDue) {
    if (extensionDays == 0) {
      throw DomainException.conflict(
          "extension-order",
          "a collective decision comes only after the head's 30-day extension was granted");
    }
    if (!newDue.isAfter(decisionDue)) {
      throw DomainException.invalidField(
          "newDueDate", "must be after the current deadline " + decisionDue);
    }
    collectiveDue = newDue;
    decisionDue = newDue;
  }

  public boolean isExtended() {
    return extensionDays > 0 || collectiveDue != null;
  }

  public int getExtensionDays() {
    return extensionDays;
  }

  public LocalDate getCollectiveDue() {
    return collectiveDue;
  }

  public int getPausedDays() {
    return pausedDays;
  }

  public boolean isPaused() {
    return paused;
  }

  public LocalDate getDecisionDue() {
    return decisionDue;
  }
}
