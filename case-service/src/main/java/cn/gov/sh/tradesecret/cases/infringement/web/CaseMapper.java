package cn.gov.sh.tradesecret.cases.infringement.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import cn.gov.sh.tradesecret.cases.infringement.Appraisal;
import cn.gov.sh.tradesecret.cases.infringement.CaseService;
import cn.gov.sh.tradesecret.cases.infringement.EvidenceItem;
import cn.gov.sh.tradesecret.cases.infringement.InfringementCase;
import cn.gov.sh.tradesecret.cases.infringement.SecretPoint;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.AddEvidenceRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseRequests.DecidePenaltyRequest;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.AppraisalResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.CaseSummary;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.EvidenceResponse;
import cn.gov.sh.tradesecret.cases.infringement.web.CaseResponses.SecretPointResponse;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps cases between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface CaseMapper {

  @Mapping(target = "deadline", source = "deadline")
  CaseResponse toResponse(InfringementCase infringementCase, DeadlineView deadline);

  @Mapping(target = "deadline", source = "deadline")
  CaseSummary toSummary(InfringementCase infringementCase, DeadlineView deadline);

  EvidenceResponse toResponse(EvidenceItem evidence);

  SecretPointResponse toResponse(SecretPoint secretPoint);

  AppraisalResponse toResponse(Appraisal appraisal);

  CaseService.Evidence toEvidence(AddEvidenceRequest request);

  @Mapping(target = "serious", expression = "java(Boolean.TRUE.equals(request.serious()))")
  CaseService.Penalty toPenalty(DecidePenaltyRequest request);
}
