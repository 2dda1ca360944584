package cn.gov.sh.tradesecret.pilots.pilot.web;

import java.time.Instant;

/** One step of a pilot's lifecycle: what, from and to which status and level, who, when and why. */
record PilotTransitionResponse(
    String action,
    String fromStatus,
    String toStatus,
    String fromLevel,
    String toLevel,
    Integer reviewYear,
    String reason,
    String actor,
    String actorUnit,
    Instant at) {}
