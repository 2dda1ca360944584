package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The referring bureau asked the procuratorate to supervise a declined referral (立案监督, regulation
 * art. 9).
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param reasons why the bureau disagrees
 * @param requestedBy the officer's account
 * @param requestedAt when
 */
public record ReferralSupervisionRequested(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String procuratorateUnit,
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
    return Set.of(procuratorateUnit);
  }
}
