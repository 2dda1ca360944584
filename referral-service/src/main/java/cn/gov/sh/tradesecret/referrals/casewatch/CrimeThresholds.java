package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The criminal threshold of trade-secret infringement from the {@code crime_threshold} table (from
 * 2025-04-26: 法释〔2025〕5号, 300,000 yuan of loss to the rights holder or illegal gains, or the rights
 * holder's bankruptcy); a new interpretation is a migration row, not a code change.
 */
@Component
class CrimeThresholds {

  /**
   * A threshold in force.
   *
   * @param lossOrGain the loss or illegal gains in yuan that reach it
   * @param bankruptcyGround whether the rights holder's bankruptcy reaches it
   */
  record Threshold(BigDecimal lossOrGain, boolean bankruptcyGround) {

    boolean isReachedBy(BigDecimal amount) {
      return amount != null && amount.compareTo(lossOrGain) >= 0;
    }
  }

  private final JdbcTemplate jdbc;

  CrimeThresholds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The threshold in force on the day (Asia/Shanghai) of {@code at}. */
  Threshold inForceAt(Instant at) {
    Date day = Date.valueOf(WorkingDayCalendar.dayOf(at));
    return jdbc
        .query(
            """
        select loss_or_gain_yuan, rights_holder_bankruptcy from crime_threshold
         where offence = 'CRIMINAL-LAW-219' and valid_from <= ? and (valid_to is null or valid_to >= ?)
        """,
            (rs, i) ->
                new Threshold(
                    rs.getBigDecimal("loss_or_gain_yuan"),
                    rs.getBoolean("rights_holder_bankruptcy")),
            day,
            day)
        .stream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no criminal threshold is recorded in force on " + day.toLocalDate()));
  }
}
