package cn.gov.sh.tradesecret.cases.penalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trade-secret fine ranges of the Anti-Unfair Competition Law's versions, from the {@code
 * law_version} and {@code fine_range} tables: a revision of the law is a migration that ends one
 * version and adds the next with its source, not a code change. The database refuses two versions
 * of one law in force on the same day.
 */
@Component
public class FineRanges {

  /** The law whose versions set the trade-secret fines. */
  static final String LAW = "AUCL";

  private final JdbcTemplate jdbc;

  FineRanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The range of the law version in force on {@code day}, for ordinary or serious cases. */
  public Optional<FineRange> inForceOn(LocalDate day, boolean serious) {
    return jdbc
        .query(
            """
        select r.law_version, r.article, r.serious, r.min_fine, r.max_fine, r.source
          from fine_range r join law_version v on v.id = r.law_version
         where v.law = ? and r.serious = ?
           and v.valid_from <= ? and (v.valid_to is null or v.valid_to >= ?)
        """,
            (rs, i) ->
                new FineRange(
                    rs.getString("law_version"),
                    rs.getString("article"),
                    rs.getBoolean("serious"),
                    rs.getBigDecimal("min_fine"),
                    rs.getBigDecimal("max_fine"),
                    rs.getString("source")),
            LAW,
            serious,
            Date.valueOf(day),
            Date.valueOf(day))
        .stream()
        .findFirst();
  }

  /**
   * The range a decision on {@code decidedOn} applies to an act committed on {@code committedOn}
   * (see {@link ApplicableFine#choose}); empty when no version was in force on one of the days.
   */
  public Optional<ApplicableFine> applicable(
      LocalDate committedOn, LocalDate decidedOn, boolean serious) {
    return inForceOn(committedOn, serious)
        .flatMap(
            atAct ->
                inForceOn(decidedOn, serious)
                    .map(atDecision -> ApplicableFine.choose(atAct, atDecision)));
  }
}
