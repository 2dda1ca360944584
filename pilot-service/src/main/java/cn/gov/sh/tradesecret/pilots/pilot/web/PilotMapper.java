package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.pilots.pilot.PilotTransition;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import org.mapstruct.Mapper;

/** Maps pilots between the API and the domain. */
@Mapper(config = MappingConfig.class)
interface PilotMapper {

  PilotResponse toResponse(Pilot pilot);

  PilotService.Nomination toNomination(NominatePilotRequest request);

  PilotTransitionResponse toResponse(PilotTransition transition);

  default DesignatedPilotResponse toDesignatedResponse(Pilot pilot) {
    District district = Districts.find(pilot.getDistrict()).orElseThrow();
    return new DesignatedPilotResponse(
        pilot.getId().toString(),
        pilot.getKind().name(),
        pilot.getName(),
        district.code(),
        district.nameZh(),
        district.nationalPilotRegion(),
        pilot.getIndustry().name(),
        pilot.getLevel().name(),
        pilot.getDesignatedAt());
  }
}
