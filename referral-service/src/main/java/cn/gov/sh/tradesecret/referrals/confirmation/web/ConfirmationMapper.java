package cn.gov.sh.tradesecret.referrals.confirmation.web;

import cn.gov.sh.tradesecret.referrals.confirmation.Confirmation;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps confirmation requests to the API. */
@Mapper(config = MappingConfig.class)
interface ConfirmationMapper {

  ConfirmationResponse toResponse(Confirmation confirmation);
}
