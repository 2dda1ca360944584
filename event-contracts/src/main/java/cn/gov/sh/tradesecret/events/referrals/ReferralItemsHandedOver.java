package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * After the police filed a criminal case, the referring bureau handed over the items involved
 * (within 3 days of the filing notice).
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param items the items handed over (descriptions, no secret point)
 * @param handedOverBy the officer's account
 * @param handedOverAt when
 */
public record ReferralItemsHandedOver(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    List<String> items,
    String handedOverBy,
    Instant handedOverAt)
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
