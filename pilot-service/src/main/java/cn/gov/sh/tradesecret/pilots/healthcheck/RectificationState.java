package cn.gov.sh.tradesecret.pilots.healthcheck;

/** Where a rectification item stands: open, done, or overdue (not done after its due day). */
public enum RectificationState {
  OPEN,
  DONE,
  OVERDUE
}
