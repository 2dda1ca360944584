package cn.gov.sh.tradesecret.cases.infringement.web;

import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.infringement.AppraisalConclusion;
import cn.gov.sh.tradesecret.cases.infringement.AppraisalMatter;
import cn.gov.sh.tradesecret.cases.infringement.EvidenceKind;
import cn.gov.sh.tradesecret.cases.infringement.MediationFailure;
import cn.gov.sh.tradesecret.cases.infringement.PenaltyExecution;
import cn.gov.sh.tradesecret.cases.infringement.SecretPointCategory;
import cn.gov.sh.tradesecret.cases.infringement.SecretType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The request bodies of the case API. */
final class CaseRequests {

  static final String SHA256 = "[0-9a-fA-F]{64}";
  static final String SHA256_MESSAGE = "must be a SHA-256 fingerprint: 64 hexadecimal characters";
  static final String DEPOSIT_RECEIPT = "ED-\\d{4}-\\d{6}";
  static final String DEPOSIT_RECEIPT_MESSAGE =
      "must be an evidence deposit's receipt, e.g. ED-2026-000042";

  private CaseRequests() {}

  /**
   * An item of evidence; the file stays where it is, its fingerprint is kept: given, or taken from
   * the enterprise deposit whose receipt is given.
   */
  record AddEvidenceRequest(
      @NotNull EvidenceKind kind,
      @NotBlank @Size(max = 4000) String description,
      @NotBlank @Size(max = 200) String collectedBy,
      @NotNull Instant collectedAt,
      @Pattern(regexp = SHA256, message = SHA256_MESSAGE) String sha256,
      @Pattern(regexp = DEPOSIT_RECEIPT, message = DEPOSIT_RECEIPT_MESSAGE)
          String depositReceipt) {}

  /**
   * A secret point (密点) and the confidentiality measures the holder took; it never leaves
   * case-service.
   */
  record AddSecretPointRequest(
      @NotNull SecretPointCategory category,
      @NotBlank @Size(max = 8000) String content,
      @NotBlank @Size(max = 4000) String confidentialityMeasures) {}

  record StartAppraisalRequest(
      @NotNull AppraisalMatter matter, @NotBlank @Size(max = 200) String institution) {}

  /**
   * An appraisal's result.
   *
   * @param establishedLoss the rights holder's loss a confirmed LOSS_ASSESSMENT established, in
   *     yuan
   * @param illegalGains the illegal gains a confirmed LOSS_ASSESSMENT established, in yuan
   */
  record AppraisalResultRequest(
      @NotNull AppraisalConclusion conclusion,
      @NotNull @Pattern(regexp = SHA256, message = SHA256_MESSAGE) String reportSha256,
      @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal establishedLoss,
      @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal illegalGains) {}

  /**
   * An extension of the case decision deadline.
   *
   * @param newDueDate the last day a collective decision set (only with {@code
   *     COLLECTIVE_DECISION})
   */
  record ExtendCaseDeadlineRequest(
      @NotNull ExtensionBasis basis,
      @NotBlank @Size(max = 2000) String reason,
      LocalDate newDueDate) {}

  /**
   * Why the team suspects a crime; no secret point belongs here (it is published to other
   * agencies).
   */
  record ProposeReferralRequest(@NotBlank @Size(max = 2000) String grounds) {}

  /** Text without control characters or symbols such as emoji. */
  static final String PLAIN = "[^\\p{Cntrl}\\p{So}\\p{Cs}]*";

  static final String PLAIN_MESSAGE = "must be plain text: no control characters or symbols";

  /**
   * The facts the white paper counts.
   *
   * @param industry e.g. integrated circuits, biomedicine
   * @param amountInvolved the amount involved (涉案金额), in yuan
   * @param lossesRecovered the losses recovered for the rights holder, in yuan
   * @param typicalCaseBy who designated the case typical (e.g. SAMR), with {@code typicalCaseYear}
   */
  record RecordFactsRequest(
      @NotNull SecretType secretType,
      @NotBlank @Size(max = 100) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String industry,
      @NotNull Boolean foreignRelated,
      @NotNull @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal amountInvolved,
      @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal lossesRecovered,
      @Size(max = 200) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String typicalCaseBy,
      @Min(2000) Integer typicalCaseYear) {}

  /**
   * When the infringement took place.
   *
   * @param actStartedOn the day of the act, or the first day of a continuing act
   * @param actEndedOn the last day of a continuing act (none: one day)
   */
  record RecordActRequest(@NotNull LocalDate actStartedOn, LocalDate actEndedOn) {}

  /**
   * The rights holder's bankruptcy, a ground of the criminal threshold (法释〔2025〕5号).
   *
   * @param declaredOn the day the court declared it
   * @param ruling the number of the court's ruling, e.g. (2026)沪03破12号
   */
  record RecordBankruptcyRequest(
      @NotNull LocalDate declaredOn,
      @NotBlank @Size(max = 100) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String ruling) {}

  /**
   * An administrative penalty decision (Anti-Unfair Competition Law, the version that applies).
   *
   * @param serious a serious case: the higher fine range applies (default false)
   * @param mitigationGrounds grounds for a mitigated penalty (减轻处罚, Administrative Penalty Law art.
   *     32): the fine may then lie below the range's minimum
   * @param decidedOn the decision date (default today)
   * @param actStartedOn when the act took place (or began); required unless recorded on the case:
   *     the law in force then applies, unless the law in force on the decision date is lighter
   * @param actEndedOn the last day of a continuing act
   */
  record DecidePenaltyRequest(
      @NotNull Boolean orderToStop,
      @NotNull @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal fine,
      @NotNull @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal confiscation,
      Boolean serious,
      @Size(max = 2000) String mitigationGrounds,
      LocalDate decidedOn,
      LocalDate actStartedOn,
      LocalDate actEndedOn) {}

  /**
   * A concluded administrative mediation agreement, to be confirmed by a court.
   *
   * @param courtUnit the competent court (default the district court, {@code COURT-<district>})
   */
  record ConcludeMediationRequest(
      @Pattern(regexp = "COURT-[0-9A-Z]{6}", message = "must be a court unit such as COURT-310117")
          String courtUnit,
      @NotNull @Pattern(regexp = SHA256, message = SHA256_MESSAGE) String agreementSha256) {}

  /**
   * A mediation that ended without an agreement.
   *
   * @param details what the officer adds to the reason (optional)
   */
  record FailMediationRequest(
      @NotNull MediationFailure.Reason reason,
      @Size(max = 2000) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String details) {}

  /**
   * How the penalty decision was executed.
   *
   * @param executedOn the day paid, approved, or applied to the court (default today); not in the
   *     future, not before the decision
   * @param amountPaid yuan paid (required when paid in full); at most the fine plus the
   *     confiscation
   * @param documentNumber the payment's receipt number, or the approval's number (instalments,
   *     deferral)
   * @param court the court enforcing the decision (with {@code COURT_ENFORCEMENT})
   */
  record RecordExecutionRequest(
      @NotNull PenaltyExecution.Manner manner,
      LocalDate executedOn,
      @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
          BigDecimal amountPaid,
      @Size(max = 100) @Pattern(regexp = PLAIN, message = PLAIN_MESSAGE) String documentNumber,
      @Pattern(regexp = "COURT-[0-9A-Z]{6}", message = "must be a court unit such as COURT-310117")
          String court) {}

  /** Closing (结案); without penalty the reasons are required. */
  record CloseCaseRequest(@Size(max = 2000) String reason) {}
}
