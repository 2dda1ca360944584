package cn.gov.sh.tradesecret.pilots.pilot.web;

import java.time.Instant;

/** A pilot as the API shows it. */
record PilotResponse(
    String id,
    String kind,
    String name,
    String district,
    String industry,
    String creditCode,
    String parkId,
    String status,
    String level,
    String nominatedBy,
    Instant nominatedAt,
    Instant designatedAt) {}
