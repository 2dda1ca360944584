package cn.gov.sh.tradesecret.referrals.reverse.web;

import cn.gov.sh.tradesecret.referrals.reverse.ReverseReferral;
import cn.gov.sh.tradesecret.referrals.reverse.ReverseReferrals;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps reverse referrals between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface ReverseReferralMapper {

  ReverseReferralResponse toResponse(ReverseReferral reverse);

  ReverseReferrals.Submission toSubmission(SubmitReverseReferralRequest request);
}
