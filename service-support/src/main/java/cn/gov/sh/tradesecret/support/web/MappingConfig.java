package cn.gov.sh.tradesecret.support.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration of every mapper: Spring beans, and a target property that no
 * source fills is a compile error (so an added field is never silently left out of the API).
 */
@MapperConfig(
    componentModel = MappingConstants.ComponentModel.SPRING,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {}
