package cn.gov.sh.tradesecret.cases.infringement.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import cn.gov.sh.tradesecret.cases.infringement.Appraisal;
import cn.gov.sh.tradesecret.cases.infringement.CaseService;
import cn.gov.sh.tradesecret.cases.infringement.EvidenceItem;
import cn.gov.sh.tradesecret.cases.infringement.InfringementCase;
import cn.gov.sh.tradesecret.cases.infringement.SecretPoint;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.AddEvidenceRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.DecidePenaltyRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.ApplicableFineResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.AppraisalResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseSummary;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.EvidenceResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.SecretPointResponse;
import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps cases between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface CaseMapper {

  // The case's parts (clock, referral, penalty, mediation, closing, filing, file) are shown flat,
  // as before they
  // were parts.
  @Mapping(target = "deadline", source = "deadline")
  @Mapping(target = "leadId", source = "infringementCase.filing.leadId")
  @Mapping(target = "filedBy", source = "infringementCase.filing.filedBy")
  @Mapping(target = "filedAt", source = "infringementCase.filing.filedAt")
  @Mapping(target = "extensionDays", source = "infringementCase.clock.extensionDays")
  @Mapping(target = "pausedDays", source = "infringementCase.clock.pausedDays")
  @Mapping(target = "referralGrounds", source = "infringementCase.referral.grounds")
  @Mapping(target = "referralProposedBy", source = "infringementCase.referral.proposedBy")
  @Mapping(target = "referralProposedAt", source = "infringementCase.referral.proposedAt")
  @Mapping(target = "referralId", source = "infringementCase.referral.referralId")
  @Mapping(target = "referralDeclined", source = "infringementCase.referral.declined")
  @Mapping(target = "orderToStop", source = "infringementCase.penalty.orderToStop")
  @Mapping(target = "fine", source = "infringementCase.penalty.fine")
  @Mapping(target = "confiscation", source = "infringementCase.penalty.confiscation")
  @Mapping(target = "serious", source = "infringementCase.penalty.serious")
  @Mapping(target = "mitigationGrounds", source = "infringementCase.penalty.mitigationGrounds")
  @Mapping(target = "lawVersion", source = "infringementCase.penalty.lawVersion")
  @Mapping(target = "lawArticle", source = "infringementCase.penalty.lawArticle")
  @Mapping(target = "lawChoice", source = "infringementCase.penalty.lawChoice")
  @Mapping(target = "rightsHolderBankruptOn", source = "infringementCase.bankruptcy.declaredOn")
  @Mapping(target = "bankruptcyRuling", source = "infringementCase.bankruptcy.ruling")
  @Mapping(target = "designatedBy", source = "infringementCase.designation.designatedBy")
  @Mapping(target = "designatedAt", source = "infringementCase.designation.designatedAt")
  @Mapping(target = "designationDocument", source = "infringementCase.designation.documentNumber")
  @Mapping(target = "secretType", source = "infringementCase.facts.secretType")
  @Mapping(target = "industry", source = "infringementCase.facts.industry")
  @Mapping(target = "foreignRelated", source = "infringementCase.facts.foreignRelated")
  @Mapping(target = "amountInvolved", source = "infringementCase.facts.amountInvolved")
  @Mapping(target = "lossesRecovered", source = "infringementCase.facts.lossesRecovered")
  @Mapping(target = "typicalCaseBy", source = "infringementCase.facts.typicalCaseBy")
  @Mapping(target = "typicalCaseYear", source = "infringementCase.facts.typicalCaseYear")
  @Mapping(target = "actStartedOn", source = "infringementCase.act.startedOn")
  @Mapping(target = "actEndedOn", source = "infringementCase.act.endedOn")
  @Mapping(target = "applicableFines", source = "applicableFines")
  @Mapping(target = "penaltyDecidedBy", source = "infringementCase.penalty.decidedBy")
  @Mapping(target = "penaltyDecidedOn", source = "infringementCase.penalty.decidedOn")
  @Mapping(target = "mediationCourtUnit", source = "infringementCase.mediation.courtUnit")
  @Mapping(
      target = "mediationAgreementSha256",
      source = "infringementCase.mediation.agreementSha256")
  @Mapping(target = "mediationConcludedAt", source = "infringementCase.mediation.concludedAt")
  @Mapping(target = "mediationFailureReason", source = "infringementCase.mediationFailure.reason")
  @Mapping(target = "mediationFailureDetails", source = "infringementCase.mediationFailure.details")
  @Mapping(
      target = "mediationFailureRecordedBy",
      source = "infringementCase.mediationFailure.recordedBy")
  @Mapping(target = "mediationFailedAt", source = "infringementCase.mediationFailure.failedAt")
  @Mapping(target = "executionManner", source = "infringementCase.execution.manner")
  @Mapping(target = "penaltyExecuted", source = "infringementCase.execution.executed")
  @Mapping(target = "executedOn", source = "infringementCase.execution.executedOn")
  @Mapping(target = "executionAmountPaid", source = "infringementCase.execution.amountPaid")
  @Mapping(target = "executionDocumentNumber", source = "infringementCase.execution.documentNumber")
  @Mapping(target = "executionCourt", source = "infringementCase.execution.court")
  @Mapping(target = "executionRecordedBy", source = "infringementCase.execution.recordedBy")
  @Mapping(target = "executionRecordedAt", source = "infringementCase.execution.recordedAt")
  @Mapping(target = "outcome", source = "infringementCase.closing.outcome")
  @Mapping(target = "closingReason", source = "infringementCase.closing.reason")
  @Mapping(target = "closedBy", source = "infringementCase.closing.closedBy")
  @Mapping(target = "closedAt", source = "infringementCase.closing.closedAt")
  @Mapping(target = "evidence", source = "infringementCase.file.evidence")
  @Mapping(target = "secretPoints", source = "infringementCase.file.secretPoints")
  @Mapping(target = "appraisals", source = "infringementCase.file.appraisals")
  CaseResponse toResponse(
      InfringementCase infringementCase,
      DeadlineView deadline,
      List<ApplicableFine> applicableFines);

  @Mapping(target = "serious", source = "range.serious")
  @Mapping(target = "lawVersion", source = "range.lawVersion")
  @Mapping(target = "article", source = "range.article")
  @Mapping(target = "minFine", source = "range.min")
  @Mapping(target = "maxFine", source = "range.max")
  @Mapping(target = "source", source = "range.source")
  @Mapping(target = "lawChoice", source = "choice")
  @Mapping(target = "explanation", source = "choice.explanation")
  ApplicableFineResponse toResponse(ApplicableFine applicableFine);

  @Mapping(target = "deadline", source = "deadline")
  @Mapping(target = "outcome", source = "infringementCase.closing.outcome")
  @Mapping(target = "filedAt", source = "infringementCase.filing.filedAt")
  CaseSummary toSummary(InfringementCase infringementCase, DeadlineView deadline);

  EvidenceResponse toResponse(EvidenceItem evidence);

  SecretPointResponse toResponse(SecretPoint secretPoint);

  AppraisalResponse toResponse(Appraisal appraisal);

  CaseService.Evidence toEvidence(AddEvidenceRequest request);

  CaseService.Facts toFacts(CaseRequests.RecordFactsRequest request);

  CaseService.Execution toExecution(CaseRequests.RecordExecutionRequest request);

  @Mapping(target = "serious", expression = "java(Boolean.TRUE.equals(request.serious()))")
  CaseService.Penalty toPenalty(DecidePenaltyRequest request);
}
