package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures by district and city-wide, years counted in Asia/Shanghai: leads received,
 * cases filed, cases closed, fines and confiscations (罚没款) of the cases closed that year, and
 * referrals proposed. The white paper's 2025 figures (22 cases closed, 1.67 million yuan) come from
 * exactly these queries over data entered through the API.
 */
@Component
public class CaseStatistics {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;

  CaseStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One row of figures.
   *
   * @param district district code, or {@code 310000} for the city-wide total
   * @param finesAndConfiscations fines plus confiscated illegal gains, in yuan
   */
  public record Figures(
      String district,
      String name,
      long leads,
      long casesFiled,
      long casesClosed,
      BigDecimal fines,
      BigDecimal confiscations,
      BigDecimal finesAndConfiscations,
      long referralsProposed) {}

  public record Year(int year, List<Figures> districts, Figures cityWide) {}

  @Transactional(readOnly = true)
  public Year of(int year) {
    Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant());
    Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant());
    Map<String, Long> leads =
        counts(
            "select district, count(*) from lead where received_at >= ? and received_at < ? "
                + "group by district",
            from,
            to);
    Map<String, Long> filed =
        counts(
            "select district, count(*) from infringement_case where filed_at >= ? "
                + "and filed_at < ? group by district",
            from,
            to);
    Map<String, Long> referrals =
        counts(
            "select district, count(*) from infringement_case where "
                + "referral_proposed_at >= ? and referral_proposed_at < ? group by district",
            from,
            to);
    Map<String, Object[]> closed = new HashMap<>();
    jdbc.query(
        "select district, count(*), coalesce(sum(fine), 0), coalesce(sum(confiscation), 0) from "
            + "infringement_case where status = 'CLOSED' and closed_at >= ? and closed_at < ? group by district",
        rs -> {
          closed.put(
              rs.getString(1),
              new Object[] {rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
        },
        from,
        to);
    List<Figures> districts =
        Districts.all().stream()
            .filter(d -> !d.isMunicipal())
            .map(d -> figures(d, leads, filed, referrals, closed))
            .toList();
    Figures total =
        new Figures(
            Districts.MUNICIPAL,
            Districts.find(Districts.MUNICIPAL).orElseThrow().nameEn(),
            districts.stream().mapToLong(Figures::leads).sum(),
            districts.stream().mapToLong(Figures::casesFiled).sum(),
            districts.stream().mapToLong(Figures::casesClosed).sum(),
            districts.stream().map(Figures::fines).reduce(BigDecimal.ZERO, BigDecimal::add),
            districts.stream().map(Figures::confiscations).reduce(BigDecimal.ZERO, BigDecimal::add),
            districts.stream()
                .map(Figures::finesAndConfiscations)
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            districts.stream().mapToLong(Figures::referralsProposed).sum());
    return new Year(year, districts, total);
  }

  private static Figures figures(
      District d,
      Map<String, Long> leads,
      Map<String, Long> filed,
      Map<String, Long> referrals,
      Map<String, Object[]> closed) {
    Object[] c = closed.getOrDefault(d.code(), new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO});
    BigDecimal fines = (BigDecimal) c[1];
    BigDecimal confiscations = (BigDecimal) c[2];
    return new Figures(
        d.code(),
        d.nameEn(),
        leads.getOrDefault(d.code(), 0L),
        filed.getOrDefault(d.code(), 0L),
        (Long) c[0],
        fines,
        confiscations,
        fines.add(confiscations),
        referrals.getOrDefault(d.code(), 0L));
  }

  private Map<String, Long> counts(String sql, Object... args) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        sql,
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        args);
    return counts;
  }
}
