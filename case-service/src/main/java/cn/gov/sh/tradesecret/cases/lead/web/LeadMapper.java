package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.support.web.MappingConfig;
import cn.gov.sh.tradesecret.cases.lead.Lead;
import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.lead.Party;
import org.mapstruct.Mapper;

/** Maps leads between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface LeadMapper {

  LeadResponse toResponse(Lead lead);

  LeadService.Registration toRegistration(RegisterLeadRequest request);

  Party toParty(PartyDto party);

  PartyDto toDto(Party party);
}
