package cn.gov.sh.tradesecret.referrals.referral.web;

import java.time.Instant;
import java.util.List;

/** One recorded transition of a referral. */
record StepResponse(
    String step,
    String fromStatus,
    String toStatus,
    String actor,
    String actorUnit,
    Instant at,
    String reasons,
    List<String> documents) {}
