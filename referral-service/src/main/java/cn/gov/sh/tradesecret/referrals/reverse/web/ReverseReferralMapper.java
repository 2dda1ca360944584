package cn.gov.sh.tradesecret.referrals.reverse;

import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps reverse referrals between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface ReverseReferralMapper {

  ReverseReferralResponse toResponse(ReverseReferral reverse);

  ReverseReferrals.Submission toSubmission(SubmitReverseReferralRequest request);
}
