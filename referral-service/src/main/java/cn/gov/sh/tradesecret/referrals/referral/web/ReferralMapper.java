package cn.gov.sh.tradesecret.referrals.referral.web;

import cn.gov.sh.tradesecret.support.web.MappingConfig;
import cn.gov.sh.tradesecret.referrals.referral.Referral;
import cn.gov.sh.tradesecret.referrals.referral.ReferralService;
import org.mapstruct.Mapper;

/** Maps referrals between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface ReferralMapper {

  ReferralResponse toResponse(Referral referral);

  ReferralService.Proposal toProposal(ProposeReferralRequest request);
}
