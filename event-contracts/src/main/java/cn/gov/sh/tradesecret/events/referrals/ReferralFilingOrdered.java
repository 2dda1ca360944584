package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/**
 * The procuratorate ordered the police to file a criminal case on a declined referral; they file
 * within 15 days.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param procuratorateUnit the procuratorate of the same jurisdiction
 * @param reasons the procurator's reasons
 * @param orderedBy the procurator's account
 * @param orderedAt when
 */
public record ReferralFilingOrdered(
    String referralId,
    String caseId,
    String district,
    String policeUnit,
    String procuratorateUnit,
    String reasons,
    String orderedBy,
    Instant orderedAt)
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
