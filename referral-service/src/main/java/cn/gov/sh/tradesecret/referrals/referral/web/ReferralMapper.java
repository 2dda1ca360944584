package cn.gov.sh.tradesecret.referrals.referral.web;

import cn.gov.sh.tradesecret.referrals.deadline.Deadline;
import cn.gov.sh.tradesecret.referrals.referral.BureauSteps;
import cn.gov.sh.tradesecret.referrals.referral.Material;
import cn.gov.sh.tradesecret.referrals.referral.Referral;
import cn.gov.sh.tradesecret.referrals.referral.ReferralStep;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps referrals between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface ReferralMapper {

  @Mapping(target = "caseNumber", source = "referredCase.caseNumber")
  @Mapping(target = "reason", source = "referredCase.reason")
  @Mapping(target = "proposedBy", source = "referredCase.proposedBy")
  ReferralResponse toResponse(Referral referral);

  StepResponse toResponse(ReferralStep step);

  DeadlineResponse toResponse(Deadline deadline);

  BureauSteps.Proposal toProposal(ProposeReferralRequest request);

  Material toMaterial(TransferReferralRequest.Material material);
}
