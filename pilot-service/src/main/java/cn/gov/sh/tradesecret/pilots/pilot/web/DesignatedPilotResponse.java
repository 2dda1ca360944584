package cn.gov.sh.tradesecret.pilots.pilot.web;

import java.time.Instant;

/**
 * A designated pilot as every agency may read it: no credit code, nothing of its health checks.
 *
 * @param nationalPilotRegion whether its district is a national trade-secret pilot region
 */
record DesignatedPilotResponse(
    String id,
    String kind,
    String name,
    String district,
    String districtName,
    boolean nationalPilotRegion,
    String industry,
    String level,
    Instant designatedAt) {}
