package cn.gov.sh.tradesecret.referrals.referral.web;

import java.time.Instant;

/**
 * One clock of a referral step: when it started, its 75% point, when it passes, and what became of
 * it.
 */
record DeadlineResponse(
    String clock,
    String responsibleUnit,
    Instant startedAt,
    Instant warnAt,
    Instant dueAt,
    Instant warnedAt,
    Instant breachedAt,
    Instant stoppedAt) {}
