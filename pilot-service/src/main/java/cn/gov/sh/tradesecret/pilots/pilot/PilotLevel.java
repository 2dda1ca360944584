package cn.gov.sh.tradesecret.pilots.pilot;

/** The level a pilot is designated at: by the municipal bureau, or by its district's bureau. */
public enum PilotLevel {
  MUNICIPAL,
  DISTRICT
}
