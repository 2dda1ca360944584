package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a range of years by district and city-wide ({@link Figures}), and the breakdowns
 * of the cases handled by the facts the white paper counts ({@link Breakdown}), all computed from
 * the leads and cases recorded on the platform: nothing is seeded. The white paper's 2025 figures
 * (22 cases closed city-wide with 1.67 million yuan of fines and confiscations) come from these
 * queries over the cases as entered through the API.
 */
@Component
public class CaseStatistics {

  private static final String HANDLED =
      "filed_at < :end and (closed_at is null or closed_at >= :start)";
  private static final String CLOSED_IN_RANGE =
      "status = 'CLOSED' and closed_at >= :start and closed_at < :end";
  private static final String MEDIATED_IN_RANGE =
      "mediation_concluded_at >= :start and mediation_concluded_at < :end";
  private static final String DECIDED_IN_RANGE =
      "penalty_decided_on >= :firstDay and penalty_decided_on <= :lastDay";

  private final NamedParameterJdbcTemplate jdbc;

  CaseStatistics(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of every district and the city, with the city's breakdowns. */
  public record Period(
      int from, int to, List<Figures> districts, Figures cityWide, List<Breakdown> breakdowns) {}

  /** The figures of {@code range}: every district, the city, and the city-wide breakdowns. */
  @Transactional(readOnly = true)
  public Period of(YearRange range) {
    List<Figures> districts = districts(range);
    return new Period(
        range.from(),
        range.to(),
        districts,
        cityWide(districts),
        breakdowns(range, Districts.MUNICIPAL));
  }

  /** The figures of one district, or of the city for {@code 310000}. */
  @Transactional(readOnly = true)
  public Figures figuresOf(YearRange range, String district) {
    List<Figures> districts = districts(range);
    if (Districts.MUNICIPAL.equals(district)) {
      return cityWide(districts);
    }
    return districts.stream().filter(f -> f.district().equals(district)).findFirst().orElseThrow();
  }

  /** Every district's figures (the municipality's own row excluded), in the districts' order. */
  @Transactional(readOnly = true)
  public List<Figures> districts(YearRange range) {
    MapSqlParameterSource params = params(range, Districts.MUNICIPAL);
    Map<String, Long> leads = new HashMap<>();
    jdbc.query(
        "select district, count(*) from lead where received_at >= :start and received_at < :end "
            + "group by district",
        params,
        rs -> {
          leads.put(rs.getString(1), rs.getLong(2));
        });
    Map<String, CaseCounts> cases = new HashMap<>();
    jdbc.query(
        "select district,"
            + " count(*) filter (where filed_at >= :start and filed_at < :end),"
            + " count(*) filter (where "
            + HANDLED
            + "), count(*) filter (where "
            + CLOSED_IN_RANGE
            + "), count(*) filter (where filed_at < :end and (closed_at is null or closed_at >= :end)),"
            + " coalesce(sum(fine) filter (where "
            + CLOSED_IN_RANGE
            + "), 0), coalesce(sum(confiscation) filter (where "
            + CLOSED_IN_RANGE
            + "), 0),"
            + " count(*) filter (where referral_proposed_at >= :start and referral_proposed_at < :end),"
            + " count(*) filter (where "
            + MEDIATED_IN_RANGE
            + "), count(*) filter (where "
            + MEDIATED_IN_RANGE
            + " and (status = 'MEDIATION_CONFIRMED' or outcome = 'MEDIATION')),"
            + " count(*) filter (where "
            + MEDIATED_IN_RANGE
            + " and status not in ('MEDIATION_CONCLUDED', 'MEDIATION_CONFIRMED')"
            + " and outcome is distinct from 'MEDIATION'),"
            + " count(*) filter (where mediation_failed_at >= :start and mediation_failed_at < :end),"
            + " count(*) filter (where "
            + DECIDED_IN_RANGE
            + "), count(*) filter (where "
            + DECIDED_IN_RANGE
            + " and execution_manner in ('PAID_IN_FULL', 'COURT_ENFORCEMENT')"
            + " and executed_on <= :lastDay),"
            + " coalesce(sum(amount_involved) filter (where "
            + HANDLED
            + "), 0), coalesce(sum(losses_recovered) filter (where "
            + HANDLED
            + "), 0), count(*) filter (where "
            + HANDLED
            + " and foreign_related), count(*) filter (where "
            + HANDLED
            + " and typical_case_year is not null)"
            + " from infringement_case group by district",
        params,
        rs -> {
          cases.put(rs.getString(1), CaseCounts.of(rs));
        });
    return Districts.all().stream()
        .filter(d -> !d.isMunicipal())
        .map(d -> figures(d, leads.getOrDefault(d.code(), 0L), cases.get(d.code())))
        .toList();
  }

  /** The city-wide total of the districts' figures. */
  static Figures cityWide(List<Figures> districts) {
    District city = Districts.find(Districts.MUNICIPAL).orElseThrow();
    Figures total = Figures.none(city.code(), city.nameEn());
    for (Figures district : districts) {
      total = total.plus(district, city.code(), city.nameEn());
    }
    return total;
  }

  /**
   * The cases handled in {@code range} in {@code district} (the city for {@code 310000}), broken
   * down by each fact the white paper counts; each dimension's cases add up to the cases handled,
   * except the typical cases, which are only those designated.
   */
  @Transactional(readOnly = true)
  public List<Breakdown> breakdowns(YearRange range, String district) {
    MapSqlParameterSource params = params(range, district);
    List<Breakdown> breakdowns = new ArrayList<>();
    breakdowns.addAll(breakdown(Breakdown.Dimension.SECRET_TYPE, "secret_type", params));
    breakdowns.addAll(breakdown(Breakdown.Dimension.INDUSTRY, "industry", params));
    breakdowns.addAll(
        breakdown(
            Breakdown.Dimension.FOREIGN_RELATED,
            "case when foreign_related then 'FOREIGN_RELATED'"
                + " when not foreign_related then 'DOMESTIC' end",
            params));
    breakdowns.addAll(
        breakdown(
            Breakdown.Dimension.AMOUNT_INVOLVED,
            "case when amount_involved < 300000 then 'UNDER_300000'"
                + " when amount_involved < 2500000 then 'FROM_300000'"
                + " when amount_involved >= 2500000 then 'FROM_2500000' end",
            params));
    breakdowns.addAll(
        breakdown(
            Breakdown.Dimension.LOSSES_RECOVERED,
            "case when losses_recovered > 0 then 'RECOVERED'"
                + " when losses_recovered = 0 then 'NONE' end",
            params));
    breakdowns.addAll(
        breakdown(
                Breakdown.Dimension.TYPICAL_CASE,
                "typical_case_by || ' ' || typical_case_year",
                params)
            .stream()
            .filter(b -> !Breakdown.UNRECORDED.equals(b.value()))
            .toList());
    return breakdowns;
  }

  private List<Breakdown> breakdown(
      Breakdown.Dimension dimension, String value, MapSqlParameterSource params) {
    return jdbc.query(
        "select v, count(*), coalesce(sum(amount_involved), 0), coalesce(sum(losses_recovered), 0)"
            + " from (select "
            + value
            + " as v, amount_involved, losses_recovered from infringement_case where "
            + HANDLED
            + " and (:city or district = :district)) handled"
            + " group by v order by count(*) desc, v nulls last",
        params,
        (rs, i) ->
            new Breakdown(
                dimension,
                rs.getString(1) == null ? Breakdown.UNRECORDED : rs.getString(1),
                rs.getLong(2),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4)));
  }

  private static MapSqlParameterSource params(YearRange range, String district) {
    return new MapSqlParameterSource()
        .addValue("start", Timestamp.from(range.start()))
        .addValue("end", Timestamp.from(range.end()))
        .addValue("firstDay", Date.valueOf(range.firstDay()))
        .addValue("lastDay", Date.valueOf(range.lastDay()))
        .addValue("district", district)
        .addValue("city", Districts.MUNICIPAL.equals(district));
  }

  private static Figures figures(District d, long leads, CaseCounts counts) {
    CaseCounts c = counts == null ? CaseCounts.NONE : counts;
    return Figures.of(
        d.code(),
        d.nameEn(),
        leads,
        c.filed,
        c.handled,
        c.closed,
        c.open,
        c.fines,
        c.confiscations,
        c.referrals,
        c.mediations,
        c.confirmed,
        c.refused,
        c.failed,
        c.penalties,
        c.executed,
        c.amountInvolved,
        c.lossesRecovered,
        c.foreignRelated,
        c.typical);
  }

  /** One district's row of the case query, in its column order. */
  private record CaseCounts(
      long filed,
      long handled,
      long closed,
      long open,
      BigDecimal fines,
      BigDecimal confiscations,
      long referrals,
      long mediations,
      long confirmed,
      long refused,
      long failed,
      long penalties,
      long executed,
      BigDecimal amountInvolved,
      BigDecimal lossesRecovered,
      long foreignRelated,
      long typical) {

    static final CaseCounts NONE =
        new CaseCounts(
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            0,
            0);

    static CaseCounts of(ResultSet rs) throws SQLException {
      return new CaseCounts(
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getBigDecimal(6),
          rs.getBigDecimal(7),
          rs.getLong(8),
          rs.getLong(9),
          rs.getLong(10),
          rs.getLong(11),
          rs.getLong(12),
          rs.getLong(13),
          rs.getLong(14),
          rs.getBigDecimal(15),
          rs.getBigDecimal(16),
          rs.getLong(17),
          rs.getLong(18));
    }
  }
}
