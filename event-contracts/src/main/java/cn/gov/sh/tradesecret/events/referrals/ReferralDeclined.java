package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The police declined a referral (no crime, or not competent), with written reasons; the materials
 * are returned. The bureau may ask for reconsideration or procuratorial supervision within 3 days.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring bureau
 * @param policeUnit the declining police unit
 * @param reasons the written reasons
 * @param declinedAt when
 */
public record ReferralDeclined(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String reasons,
    Instant declinedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
