package cn.gov.sh.tradesecret.referrals.statistics;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the statistics of a district (or the city) and year from the referrals, their history
 * and their clocks. The market-regulation bureaus and the procuratorates see the figures of their
 * jurisdiction (municipal units: every district and the city).
 */
@Service
public class StatisticsService {

  private static final String ZONE = "Asia/Shanghai";

  private final NamedParameterJdbcTemplate jdbc;

  StatisticsService(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The figures of {@code requestedDistrict} (default: the officer's jurisdiction) in {@code year}.
   */
  @Transactional(readOnly = true)
  public ReferralStatistics of(int year, String requestedDistrict, Officer officer) {
    if (!officer.is(AgencyType.MARKET_REGULATION) && !officer.is(AgencyType.PROCURATORATE)) {
      throw DomainException.forbidden(
          "statistics are for the market-regulation bureaus and the procuratorates");
    }
    String district = requestedDistrict == null ? officer.jurisdiction() : requestedDistrict;
    if (!Districts.isKnown(district)) {
      throw DomainException.invalidField("district", "unknown district code " + district);
    }
    if (!officer.covers(district)) {
      throw DomainException.forbidden("district " + district + " is outside your jurisdiction");
    }
    Map<String, Object> params =
        Map.of("year", year, "district", district, "all", Districts.MUNICIPAL.equals(district));
    String where = " (:all or district = :district) ";

    List<ReferralStatistics.Count> counts = new ArrayList<>();
    counts.addAll(
        jdbc.query(
            "select status, count(*) as n from referral where"
                + where
                + "and extract(year from proposed_at at time zone '"
                + ZONE
                + "') = :year group by status order by status",
            params,
            (rs, i) ->
                new ReferralStatistics.Count(
                    "ADMINISTRATIVE_TO_CRIMINAL", rs.getString("status"), rs.getLong("n"))));
    counts.addAll(
        jdbc.query(
            "select count(*) as n from reverse_referral where"
                + where
                + "and extract(year from submitted_at at time zone '"
                + ZONE
                + "') = :year having count(*) > 0",
            params,
            (rs, i) -> new ReferralStatistics.Count("REVERSE", "SUBMITTED", rs.getLong("n"))));
    counts.addAll(
        jdbc.query(
            "select status, count(*) as n from confirmation where"
                + where
                + "and extract(year from requested_at at time zone '"
                + ZONE
                + "') = :year group by status order by status",
            params,
            (rs, i) ->
                new ReferralStatistics.Count(
                    "JUDICIAL_CONFIRMATION", rs.getString("status"), rs.getLong("n"))));

    List<ReferralStatistics.StepTime> steps =
        jdbc.query(
            """
        select step, percentile_cont(0.5) within group (order by hours) as median, count(*) as n
        from (
          select s.step, extract(epoch from s.at - lag(s.at) over (partition by s.referral_id order by s.id)) / 3600.0 as hours
          from referral_step s join referral r on r.id = s.referral_id
          where (:all or r.district = :district)
            and extract(year from r.proposed_at at time zone 'Asia/Shanghai') = :year
        ) timed
        where hours is not null
        group by step""",
            params,
            (rs, i) ->
                new ReferralStatistics.StepTime(
                    rs.getString("step"),
                    BigDecimal.valueOf(rs.getDouble("median")).setScale(2, RoundingMode.HALF_UP),
                    rs.getLong("n")));

    List<ReferralStatistics.Breaches> breaches =
        jdbc.query(
            "select responsible_unit, count(*) as n from deadline where"
                + where
                + "and breached_at is not null and extract(year from due_at at time zone '"
                + ZONE
                + "') = :year "
                + "group by responsible_unit order by responsible_unit",
            params,
            (rs, i) ->
                new ReferralStatistics.Breaches(
                    agencyOf(rs.getString("responsible_unit")),
                    rs.getString("responsible_unit"),
                    rs.getLong("n")));
    return new ReferralStatistics(year, district, counts, steps, breaches);
  }

  private static String agencyOf(String unit) {
    return Arrays.stream(AgencyType.values())
        .filter(type -> unit.startsWith(type.unitIn("")))
        .map(Enum::name)
        .findFirst()
        .orElse("UNKNOWN");
  }
}
