package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The police explained to the procuratorate why they declined a referral.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param explanation the police's explanation
 * @param givenBy the police officer's account
 * @param givenAt when
 */
public record ReferralExplanationGiven(
    String referralId,
    String caseId,
    String district,
    String policeUnit,
    String procuratorateUnit,
    String explanation,
    String givenBy,
    Instant givenAt)
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
