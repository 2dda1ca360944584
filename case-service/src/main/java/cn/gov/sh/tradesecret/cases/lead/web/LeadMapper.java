package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.deadline.DeadlineView;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRule;
import cn.gov.sh.tradesecret.cases.lead.Lead;
import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.lead.Party;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps leads between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface LeadMapper {

  @Mapping(target = "id", source = "lead.id")
  @Mapping(target = "source", source = "lead.source")
  @Mapping(target = "deadline", source = "deadline")
  @Mapping(target = "filingRule", source = "filingRule")
  @Mapping(target = "designatedBy", source = "lead.designation.designatedBy")
  @Mapping(target = "designatedAt", source = "lead.designation.designatedAt")
  @Mapping(target = "designationDocument", source = "lead.designation.documentNumber")
  LeadResponse toResponse(Lead lead, DeadlineView deadline, JurisdictionRule filingRule);

  LeadService.Registration toRegistration(RegisterLeadRequest request);

  Party toParty(PartyDto party);

  PartyDto toDto(Party party);
}
