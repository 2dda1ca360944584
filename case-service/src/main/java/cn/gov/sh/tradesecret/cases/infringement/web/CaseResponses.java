package cn.gov.sh.tradesecret.cases.infringement.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the case API shows. */
final class CaseResponses {

  private CaseResponses() {}

  /**
   * A case with its investigation, for the owning bureau and the municipal bureau.
   *
   * @param deadline the decision deadline while the clock runs (or stands still for an appraisal),
   *     else null
   * @param applicableFines the ranges a penalty decided today would apply (empty until the act's
   *     days are recorded, or once the case is no longer investigated)
   * @param lawChoice why the penalty applied its law version (null on penalties decided before the
   *     rule was recorded)
   * @param mediationFailureReason why the last mediation without an agreement ended; null when none
   * @param penaltyExecuted whether the penalty counts as executed (paid in full or enforced by the
   *     court); null until its execution is recorded
   */
  record CaseResponse(
      String id,
      String leadId,
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      String suspectedCrimeGrounds,
      String crimeThreshold,
      BigDecimal establishedLoss,
      BigDecimal illegalGains,
      LocalDate rightsHolderBankruptOn,
      String bankruptcyRuling,
      String status,
      String outcome,
      String filedBy,
      Instant filedAt,
      String jurisdictionRule,
      String designatedBy,
      Instant designatedAt,
      String designationDocument,
      DeadlineView deadline,
      String secretType,
      String industry,
      Boolean foreignRelated,
      BigDecimal amountInvolved,
      BigDecimal lossesRecovered,
      String typicalCaseBy,
      Integer typicalCaseYear,
      LocalDate actStartedOn,
      LocalDate actEndedOn,
      List<ApplicableFineResponse> applicableFines,
      int extensionDays,
      int pausedDays,
      String referralGrounds,
      String referralProposedBy,
      Instant referralProposedAt,
      String referralId,
      boolean referralDeclined,
      Boolean orderToStop,
      BigDecimal fine,
      BigDecimal confiscation,
      Boolean serious,
      String mitigationGrounds,
      String lawVersion,
      String lawArticle,
      String lawChoice,
      String penaltyDecidedBy,
      LocalDate penaltyDecidedOn,
      String mediationCourtUnit,
      String mediationAgreementSha256,
      Instant mediationConcludedAt,
      String mediationFailureReason,
      String mediationFailureDetails,
      String mediationFailureRecordedBy,
      Instant mediationFailedAt,
      String executionManner,
      Boolean penaltyExecuted,
      LocalDate executedOn,
      BigDecimal executionAmountPaid,
      String executionDocumentNumber,
      String executionCourt,
      String executionRecordedBy,
      Instant executionRecordedAt,
      String closingReason,
      String closedBy,
      Instant closedAt,
      List<EvidenceResponse> evidence,
      List<SecretPointResponse> secretPoints,
      List<AppraisalResponse> appraisals,
      long version) {}

  /**
   * A fine range a penalty would apply, and why.
   *
   * @param source where its article and band come from, and what of them is not verified
   */
  record ApplicableFineResponse(
      boolean serious,
      String lawVersion,
      String article,
      BigDecimal minFine,
      BigDecimal maxFine,
      String lawChoice,
      String explanation,
      String source) {}

  /** A case in a list: no investigation details. */
  record CaseSummary(
      String id,
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      String status,
      String outcome,
      Instant filedAt,
      DeadlineView deadline,
      long version) {}

  record EvidenceResponse(
      String id,
      String kind,
      String description,
      String collectedBy,
      Instant collectedAt,
      String sha256,
      String depositReceipt,
      Instant depositedAt,
      String recordedBy,
      Instant recordedAt) {}

  record SecretPointResponse(
      String id,
      String category,
      String content,
      String confidentialityMeasures,
      String recordedBy,
      Instant recordedAt) {}

  record AppraisalResponse(
      String id,
      String matter,
      String institution,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      String conclusion,
      String reportSha256,
      BigDecimal establishedLoss,
      BigDecimal illegalGains,
      Integer pausedDays) {}
}
