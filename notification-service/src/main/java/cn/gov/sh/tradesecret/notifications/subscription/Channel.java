package cn.gov.sh.tradesecret.notifications.subscription;

/** How a subscriber is told. */
public enum Channel {
  /** The agency unit's in-app inbox. */
  INBOX
}
