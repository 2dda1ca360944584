package cn.gov.sh.tradesecret.referrals.confirmation;

/**
 * Where a confirmation request stands: requested from the court, then granted or refused (final).
 */
public enum ConfirmationStatus {
  REQUESTED,
  GRANTED,
  REFUSED
}
