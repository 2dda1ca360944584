package cn.gov.sh.tradesecret.referrals.referral;

/**
 * Where a referral stands. Proposed by the case team, it awaits the head of the bureau's approval
 * or rejection (within 3 days, State Council regulation on the transfer of suspected criminal
 * cases, 2020 revision); the later steps come with the procedure.
 */
public enum ReferralStatus {
  PROPOSED
}
