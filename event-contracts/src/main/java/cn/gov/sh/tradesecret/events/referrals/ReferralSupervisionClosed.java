package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The procuratorate closed its supervision of a referral without an order to file (the decline
 * stands).
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param conclusion the procurator's conclusion
 * @param closedBy the procurator's account
 * @param closedAt when
 */
public record ReferralSupervisionClosed(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String procuratorateUnit,
    String conclusion,
    String closedBy,
    Instant closedAt)
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
