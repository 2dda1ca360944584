package cn.gov.sh.tradesecret.pilots.statistics;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.pilots.healthcheck.FindingCategory;
import cn.gov.sh.tradesecret.pilots.pilot.Industry;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLevel;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.pilots.pilot.PilotStatus;
import cn.gov.sh.tradesecret.pilots.statistics.PilotStatistics.DistrictCount;
import cn.gov.sh.tradesecret.pilots.statistics.PilotStatistics.DistrictRef;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's counts for the market-regulation bureaus: a district bureau for its own district,
 * the municipal bureau for any district or the whole city. {@code year} restricts the health checks
 * (and their findings and rectifications) to those done that year; pilot counts are as of now. A
 * rectification item is overdue when undone after its due day (Asia/Shanghai).
 */
@Service
public class ProgrammeCounts {

  private static final String ACTIVE = "status in ('NOMINATED', 'CULTIVATING', 'DESIGNATED')";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  ProgrammeCounts(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The counts of {@code district}, or of the officer's jurisdiction when null, for {@code year} or
   * all years.
   */
  @Transactional(readOnly = true)
  public PilotStatistics count(Officer officer, String district, Integer year) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION),
        "pilot statistics are for the market-regulation bureaus");
    if (district != null && !PilotService.isPilotDistrict(district)) {
      throw DomainException.invalidField("district", "unknown district code " + district);
    }
    String scope =
        district != null ? district : officer.isMunicipal() ? null : officer.jurisdiction();
    Officer.require(
        scope == null || PilotAuthority.manages(officer, scope),
        "the statistics of district " + scope + " are its bureau's");
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("district", scope)
            .addValue("year", year)
            .addValue("today", Date.valueOf(WorkingDayCalendar.dayOf(clock.instant())));
    String pilotScope = scope == null ? "" : " and district = :district";

    Map<String, Long> byDistrictCounts =
        grouped(
            "select district, count(*) from pilot where "
                + ACTIVE
                + pilotScope
                + " group by district",
            params);
    List<DistrictCount> byDistrict = new ArrayList<>();
    for (District d : Districts.all()) {
      if (!d.isMunicipal() && (scope == null || scope.equals(d.code()))) {
        byDistrict.add(
            new DistrictCount(
                d.code(),
                d.nameZh(),
                d.nationalPilotRegion(),
                byDistrictCounts.getOrDefault(d.code(), 0L)));
      }
    }
    PilotStatistics.Pilots pilots =
        new PilotStatistics.Pilots(
            byDistrict.stream().mapToLong(DistrictCount::pilots).sum(),
            byDistrict,
            zeroFilled(
                PilotKind.values(),
                grouped(
                    "select kind, count(*) from pilot where "
                        + ACTIVE
                        + pilotScope
                        + " group by kind",
                    params)),
            zeroFilled(
                PilotLevel.values(),
                grouped(
                    "select level, count(*) from pilot where status = 'DESIGNATED'"
                        + pilotScope
                        + " group by level",
                    params)),
            zeroFilled(
                Industry.values(),
                grouped(
                    "select industry, count(*) from pilot where "
                        + ACTIVE
                        + pilotScope
                        + " group by industry",
                    params)),
            zeroFilled(
                PilotStatus.values(),
                grouped(
                    "select status, count(*) from pilot where true"
                        + pilotScope
                        + " group by status",
                    params)));

    String checkScope =
        (scope == null ? "" : " and h.district = :district")
            + (year == null ? "" : " and extract(year from h.checked_on) = :year");
    Map<String, Object> checks =
        jdbc.queryForMap(
            "select count(*) as checks, count(distinct h.pilot_id) as pilots "
                + "from health_check h where true"
                + checkScope,
            params);
    Map<String, Long> byCategory =
        grouped(
            "select f.category, count(*) from health_check_finding f "
                + "join health_check h on h.id = f.health_check_id where true"
                + checkScope
                + " group by f.category",
            params);
    Map<String, Object> items =
        jdbc.queryForMap(
            """
        select count(*) as total,
               count(*) filter (where r.completed_on is not null) as done,
               count(*) filter (where r.completed_on is null and r.due_on < :today) as overdue
        from rectification_item r join health_check h on h.id = r.health_check_id where true"""
                + checkScope,
            params);
    long total = number(items.get("total"));
    long done = number(items.get("done"));
    long overdue = number(items.get("overdue"));
    PilotStatistics.HealthChecks healthChecks =
        new PilotStatistics.HealthChecks(
            number(checks.get("checks")),
            number(checks.get("pilots")),
            byCategory.values().stream().mapToLong(Long::longValue).sum(),
            byCategory.size(),
            zeroFilled(FindingCategory.values(), byCategory),
            new PilotStatistics.Rectifications(total, total - done - overdue, done, overdue));

    List<DistrictRef> nationalRegions =
        Districts.all().stream()
            .filter(District::nationalPilotRegion)
            .map(d -> new DistrictRef(d.code(), d.nameZh()))
            .toList();
    return new PilotStatistics(scope, year, nationalRegions, pilots, healthChecks);
  }

  private Map<String, Long> grouped(String sql, MapSqlParameterSource params) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        sql,
        params,
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  private static <E extends Enum<E>> Map<String, Long> zeroFilled(
      E[] values, Map<String, Long> counts) {
    Map<String, Long> filled = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> filled.put(v.name(), counts.getOrDefault(v.name(), 0L)));
    return filled;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
