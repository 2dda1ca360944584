package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers, one sequence per bureau and year (Asia/Shanghai): {@code
 * MR-310117-2026-0007}. Drawn in the filing transaction, so a rolled-back filing leaves no gap
 * visible to anyone but itself, and concurrent filings never share a number.
 */
@Component
class CaseNumbers {

  private final JdbcTemplate jdbc;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(String owningUnit, Instant filedAt) {
    int year = WorkingDayCalendar.dayOf(filedAt).getYear();
    Integer number =
        jdbc.queryForObject(
            """
        insert into case_number_sequence (owning_unit, year, last_number) values (?, ?, 1)
        on conflict (owning_unit, year) do update set last_number = case_number_sequence.last_number + 1
        returning last_number
        """,
            Integer.class,
            owningUnit,
            year);
    return "%s-%d-%04d".formatted(owningUnit, year, number);
  }
}
