package cn.gov.sh.tradesecret.notifications.subscription;

/** How a subscriber is told. */
public enum Channel {
  /** The agency unit's in-app inbox. */
  INBOX,
  /** A signed webhook to one of the unit's endpoints (its own system). */
  WEBHOOK
}
