package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * After a decline, the referring bureau asked the police to reconsider (regulation art. 9: within 3
 * days of the decline); the police decide within 3 days.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param reasons why the bureau disagrees
 * @param requestedBy the officer's account
 * @param requestedAt when
 */
public record ReferralReconsiderationRequested(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String reasons,
    String requestedBy,
    Instant requestedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }

  @Override
  public Set<String> addressedUnits() {
    return Set.of(policeUnit);
  }
}
