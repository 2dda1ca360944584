package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * A case team proposed to refer a suspected crime to the police; the head of the bureau must
 * approve or reject within 3 days (State Council regulation on the transfer of suspected criminal
 * cases, 2020 revision).
 *
 * @param referralId the referral's id
 * @param caseId the administrative case (or lead) it concerns
 * @param district jurisdiction code of the referring bureau
 * @param referringUnit agency unit that proposed it
 * @param proposedAt when it was proposed
 */
public record ReferralProposed(
    String referralId, String caseId, String district, String referringUnit, Instant proposedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
