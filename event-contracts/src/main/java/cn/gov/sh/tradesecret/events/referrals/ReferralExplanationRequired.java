package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The procuratorate required the police to explain why they declined a referral; they answer within
 * 7 days.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param reasons what the procurator asks
 * @param requiredBy the procurator's account
 * @param requiredAt when
 */
public record ReferralExplanationRequired(
    String referralId,
    String caseId,
    String district,
    String policeUnit,
    String procuratorateUnit,
    String reasons,
    String requiredBy,
    Instant requiredAt)
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
