package cn.gov.sh.tradesecret.pilots.healthcheck;

/** Where a rectification item stands: open, done, or overdue (not done after its due day). */
enum RectificationState {
  OPEN,
  DONE,
  OVERDUE
}
