package cn.gov.sh.tradesecret.referrals.confirmation;

/** Where a confirmation request stands: requested from the court, then granted or refused (final). */
enum ConfirmationStatus {
  REQUESTED,
  GRANTED,
  REFUSED
}
