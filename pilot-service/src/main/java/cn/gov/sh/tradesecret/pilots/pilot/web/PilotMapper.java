package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.support.web.MappingConfig;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import org.mapstruct.Mapper;

/** Maps pilots between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface PilotMapper {

  PilotResponse toResponse(Pilot pilot);

  PilotService.Nomination toNomination(NominatePilotRequest request);
}
