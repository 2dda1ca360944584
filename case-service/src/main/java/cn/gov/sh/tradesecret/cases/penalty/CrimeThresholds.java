package cn.gov.sh.tradesecret.cases.penalty;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The criminal threshold of trade-secret infringement from the {@code crime_threshold} table (from
 * 2025-04-26: 法释〔2025〕5号, 300,000 yuan or the rights holder's bankruptcy); a new interpretation is
 * a migration row, not a code change.
 */
@Component
public class CrimeThresholds {

  private final JdbcTemplate jdbc;

  CrimeThresholds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The threshold in force on {@code day}; refused when none is recorded for that day. */
  public CrimeThreshold inForceOn(LocalDate day) {
    return jdbc
        .query(
            """
        select id, loss_or_gain_yuan, source, rights_holder_bankruptcy, bankruptcy_source
          from crime_threshold
         where offence = 'CRIMINAL-LAW-219' and valid_from <= ? and (valid_to is null or valid_to >= ?)
        """,
            (rs, i) ->
                new CrimeThreshold(
                    rs.getString("id"),
                    rs.getBigDecimal("loss_or_gain_yuan"),
                    rs.getString("source"),
                    rs.getBoolean("rights_holder_bankruptcy"),
                    rs.getString("bankruptcy_source")),
            Date.valueOf(day),
            Date.valueOf(day))
        .stream()
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.conflict(
                    "no-crime-threshold",
                    "no criminal threshold of trade-secret infringement is recorded in force on "
                        + day));
  }
}
