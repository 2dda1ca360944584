package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;

/**
 * Who reads the case statistics: every market-regulation bureau and every procuratorate, for every
 * district and the city, as the white paper publishes each district's figures; they are aggregates
 * and name no case. Police, courts, operators and enterprises do not.
 */
public final class StatisticsAccess {

  private StatisticsAccess() {}

  /** Refuses (403) an officer who may not read the statistics. */
  public static void require(Officer officer) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE),
        "case statistics are for market-regulation bureaus and procuratorates");
  }
}
