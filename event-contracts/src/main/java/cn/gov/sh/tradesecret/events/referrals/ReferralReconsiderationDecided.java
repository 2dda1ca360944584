package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The police decided a reconsideration (regulation art. 9): {@code ACCEPTED} (a criminal case is
 * filed; a ReferralAccepted follows) or {@code DECLINE_UPHELD} (the bureau may ask the
 * procuratorate to supervise within 3 days).
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param outcome ACCEPTED or DECLINE_UPHELD
 * @param reasons the written reasons
 * @param decidedAt when
 */
public record ReferralReconsiderationDecided(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String outcome,
    String reasons,
    Instant decidedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(referringUnit);
  }
}
