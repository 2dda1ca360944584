package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a penalty decision was executed (执行). Paid in full, or enforced by the court on the bureau's
 * application (申请法院强制执行, Administrative Penalty Law art. 72), the decision counts as executed;
 * instalments or a deferral the bureau approved (art. 66) record the approval and what was paid so
 * far, and are replaced when the last instalment is paid. Never more is paid than the fine plus the
 * confiscation, never before the decision nor after today.
 */
@Embeddable
public class PenaltyExecution {

  /** How the decision was executed. */
  public enum Manner {
    /** Paid in full: the payment's receipt number. */
    PAID_IN_FULL,
    /** Paid in instalments with the bureau's approval (art. 66): the approval's number. */
    INSTALMENTS,
    /** Payment deferred with the bureau's approval (art. 66): the approval's number. */
    DEFERRED,
    /** The bureau applied to the court for enforcement (art. 72): the court. */
    COURT_ENFORCEMENT;

    /** Whether a decision executed this way counts as executed. */
    public boolean completes() {
      return this == PAID_IN_FULL || this == COURT_ENFORCEMENT;
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "execution_manner")
  private Manner manner;

  @Column(name = "executed_on")
  private LocalDate executedOn;

  @Column(name = "execution_amount_paid")
  private BigDecimal amountPaid;

  @Column(name = "execution_document_number")
  private String documentNumber;

  @Column(name = "execution_court_unit")
  private String court;

  @Column(name = "execution_recorded_by")
  private String recordedBy;

  @Column(name = "execution_recorded_at")
  private Instant recordedAt;

  protected PenaltyExecution() {}

  /**
   * An execution of {@code penalty}; 400 naming the field when the amount exceeds what was imposed,
   * the date lies outside the decision day and {@code today}, or what the manner needs is missing.
   */
  static PenaltyExecution of(
      Manner manner,
      LocalDate executedOn,
      BigDecimal amountPaid,
      String documentNumber,
      String court,
      PenaltyDecision penalty,
      LocalDate today,
      String officer,
      Instant now) {
    if (executedOn.isAfter(today) || executedOn.isBefore(penalty.getDecidedOn())) {
      throw DomainException.invalidField(
          "executedOn",
          "must lie between the decision date " + penalty.getDecidedOn() + " and today");
    }
    BigDecimal imposed = orZero(penalty.getFine()).add(orZero(penalty.getConfiscation()));
    if (amountPaid != null && amountPaid.compareTo(imposed) > 0) {
      throw DomainException.invalidField(
          "amountPaid",
          "must not exceed the fine plus the confiscation, " + imposed.toPlainString() + " yuan");
    }
    if (manner == Manner.PAID_IN_FULL && amountPaid == null) {
      throw DomainException.invalidField("amountPaid", "must be given when paid in full");
    }
    if (manner == Manner.COURT_ENFORCEMENT) {
      if (court == null) {
        throw DomainException.invalidField("court", "must name the court enforcing the decision");
      }
    } else if (documentNumber == null) {
      throw DomainException.invalidField(
          "documentNumber",
          manner == Manner.PAID_IN_FULL
              ? "must be the payment's receipt number"
              : "must be the number of the approval of instalments or deferral");
    }
    PenaltyExecution execution = new PenaltyExecution();
    execution.manner = manner;
    execution.executedOn = executedOn;
    execution.amountPaid = amountPaid;
    execution.documentNumber = documentNumber;
    execution.court = manner == Manner.COURT_ENFORCEMENT ? court : null;
    execution.recordedBy = officer;
    execution.recordedAt = now;
    return execution;
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  public Manner getManner() {
    return manner;
  }

  /** Whether the decision counts as executed (see {@link Manner#completes}). */
  public boolean isExecuted() {
    return manner.completes();
  }

  public LocalDate getExecutedOn() {
    return executedOn;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getCourt() {
    return court;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
