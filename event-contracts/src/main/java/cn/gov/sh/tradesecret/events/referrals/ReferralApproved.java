package cn.gov.sh.tradesecret.events.referrals;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.time.Instant;

/**
 * The head of the referring bureau approved a proposed referral (State Council regulation on the
 * transfer of suspected criminal cases, 2020 revision, art. 5): it must be transferred to the
 * police of the same level within 24 hours.
 *
 * @param referralId the referral
 * @param caseId the administrative case
 * @param district jurisdiction of the referring bureau
 * @param referringUnit the referring market-regulation bureau
 * @param approvedBy the head's account
 * @param approvedAt when
 */
public record ReferralApproved(
    String referralId,
    String caseId,
    String district,
    String referringUnit,
    String approvedBy,
    Instant approvedAt)
    implements EventPayload {

  @Override
  public String aggregateId() {
    return referralId;
  }
}
