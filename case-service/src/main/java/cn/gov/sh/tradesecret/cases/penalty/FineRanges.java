package cn.gov.sh.tradesecret.cases.penalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fine ranges in force on a date, from the {@code fine_range} table (seeded by migration with
 * the Anti-Unfair Competition Law 2019, art. 21: 100,000 to 1,000,000 yuan, serious cases 500,000
 * to 5,000,000 yuan). A revision of the law is a new migration row with its {@code valid_from}.
 */
@Component
public class FineRanges {

  private final JdbcTemplate jdbc;

  FineRanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The range of the law version in force on {@code day}, for ordinary or serious cases. */
  public Optional<FineRange> inForceOn(LocalDate day, boolean serious) {
    return jdbc
        .query(
            """
        select law_version, article, serious, min_fine, max_fine from fine_range
         where serious = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
         order by valid_from desc limit 1
        """,
            (rs, i) ->
                new FineRange(
                    rs.getString("law_version"),
                    rs.getString("article"),
                    rs.getBoolean("serious"),
                    rs.getBigDecimal("min_fine"),
                    rs.getBigDecimal("max_fine")),
            serious,
            Date.valueOf(day),
            Date.valueOf(day))
        .stream()
        .findFirst();
  }
}
