package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The police accepted a referral: a criminal case was filed and the referring bureau notified in
 * writing.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring bureau
 * @param policeUnit the police unit that filed the criminal case
 * @param acceptedAt when
 */
public record ReferralAccepted(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    Instant acceptedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
