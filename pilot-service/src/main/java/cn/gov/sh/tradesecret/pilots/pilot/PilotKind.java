package cn.gov.sh.tradesecret.pilots.pilot;

/** What sort of place a pilot is. */
public enum PilotKind {
  /** 园区: an industrial park; units may sit inside it. */
  PARK,
  /** 单位: an enterprise or institution. */
  UNIT,
  /** 站: a service station (e.g. a trade-secret protection workstation). */
  STATION,
  /** 点: a contact or service point. */
  POINT
}
