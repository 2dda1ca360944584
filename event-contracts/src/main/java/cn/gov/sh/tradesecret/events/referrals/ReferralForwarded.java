package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * A police unit that is not competent forwarded a referral to the competent one and told the
 * referring bureau (regulation art. 7: within 24 hours).
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param fromPoliceUnit the unit that was not competent
 * @param toPoliceUnit the competent unit, now addressed
 * @param reasons why the first unit is not competent
 * @param forwardedAt when
 */
public record ReferralForwarded(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String fromPoliceUnit,
    String toPoliceUnit,
    String reasons,
    Instant forwardedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(toPoliceUnit, referringUnit);
  }
}
