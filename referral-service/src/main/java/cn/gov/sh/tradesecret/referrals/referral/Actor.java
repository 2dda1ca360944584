package cn.gov.sh.tradesecret.referrals.referral;

/** Who takes a step: an account and the agency unit it acts for. */
public record Actor(String account, String unit) {}
