package cn.gov.sh.tradesecret.cases.jurisdiction;

import cn.gov.sh.tradesecret.events.reference.Districts;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The filing rules of the {@code jurisdiction_rule} table for Shanghai's trade-secret cases. */
@Component
public class JurisdictionRules {

  private final JdbcTemplate jdbc;

  JurisdictionRules(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule in force on {@code day}; empty before any (any bureau then files). */
  public Optional<JurisdictionRule> inForceOn(LocalDate day) {
    return jdbc
        .query(
            """
        select id, title, valid_from, district_with_designation, source from jurisdiction_rule
         where matter = 'TRADE_SECRET' and region = ?
           and valid_from <= ? and (valid_to is null or valid_to >= ?)
        """,
            (rs, i) ->
                new JurisdictionRule(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getDate("valid_from").toLocalDate(),
                    rs.getBoolean("district_with_designation"),
                    rs.getString("source")),
            Districts.MUNICIPAL,
            Date.valueOf(day),
            Date.valueOf(day))
        .stream()
        .findFirst();
  }
}
