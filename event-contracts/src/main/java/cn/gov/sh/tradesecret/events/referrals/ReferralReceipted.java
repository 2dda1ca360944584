package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The addressed police unit signed the receipt of a referral (regulation art. 7); it must accept or
 * decline within 3 days.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param policeUnit the police unit the referral is addressed to
 * @param receiptedBy the police officer's account
 * @param receiptedAt when
 */
public record ReferralReceipted(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String policeUnit,
    String receiptedBy,
    Instant receiptedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
