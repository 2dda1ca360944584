package cn.gov.sh.tradesecret.pilots.pilot.web;

import cn.gov.sh.tradesecret.pilots.pilot.Industry;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
import cn.gov.sh.tradesecret.support.validation.CreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A pilot as a bureau nominates it.
 *
 * @param district district of the pilot (Lingang New Area: {@code 31LG00})
 * @param creditCode unified social credit code, when the pilot is (run by) an enterprise
 * @param parkId the pilot park of the same district that a unit, station or point sits in
 */
record NominatePilotRequest(
    @NotNull PilotKind kind,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 6) String district,
    @NotNull Industry industry,
    @CreditCode String creditCode,
    UUID parkId) {}
