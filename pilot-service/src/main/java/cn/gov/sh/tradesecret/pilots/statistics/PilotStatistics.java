package cn.gov.sh.tradesecret.pilots.statistics;

import java.util.List;
import java.util.Map;

/**
 * The counts of the pilot programme in a scope (one district, or the whole city) and, for health
 * checks, optionally one year.
 *
 * @param district the district counted, or null for the whole city
 * @param year the year of the health checks counted, or null for all years
 * @param nationalPilotRegions the four national trade-secret pilot regions (Pudong, Fengxian,
 *     Huangpu, Minhang)
 * @param pilots pilots in the programme (nominated, cultivating, designated) by dimension; byStatus
 *     counts all
 * @param healthChecks health checks, findings and rectification items
 */
public record PilotStatistics(
    String district,
    Integer year,
    List<DistrictRef> nationalPilotRegions,
    Pilots pilots,
    HealthChecks healthChecks) {

  public record DistrictRef(String code, String name) {}

  public record DistrictCount(
      String district, String name, boolean nationalPilotRegion, long pilots) {}

  /**
   * @param active pilots in the programme (not withdrawn, not revoked)
   * @param byLevel designated pilots by level
   */
  public record Pilots(
      long active,
      List<DistrictCount> byDistrict,
      Map<String, Long> byKind,
      Map<String, Long> byLevel,
      Map<String, Long> byIndustry,
      Map<String, Long> byStatus) {}

  /**
   * @param checks health checks recorded
   * @param pilotsChecked distinct pilots (enterprises) checked
   * @param findings findings
   * @param findingCategories distinct categories of the findings (the "categories of common
   *     problems")
   * @param rectifications rectification items: total, open, done, overdue
   */
  public record HealthChecks(
      long checks,
      long pilotsChecked,
      long findings,
      long findingCategories,
      Map<String, Long> findingsByCategory,
      Rectifications rectifications) {}

  public record Rectifications(long total, long open, long done, long overdue) {}
}
