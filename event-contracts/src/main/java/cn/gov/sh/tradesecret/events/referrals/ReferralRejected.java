package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The head of the referring bureau rejected a proposed referral, with reasons; the case goes on
 * administratively.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring bureau
 * @param reasons the recorded reasons
 * @param rejectedBy the head's account
 * @param rejectedAt when
 */
public record ReferralRejected(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String reasons,
    String rejectedBy,
    Instant rejectedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
