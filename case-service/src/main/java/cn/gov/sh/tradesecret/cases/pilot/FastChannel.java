package cn.gov.sh.tradesecret.cases.pilot;

import cn.gov.sh.tradesecret.events.pilots.PilotDesignated;
import cn.gov.sh.tradesecret.events.pilots.PilotRevoked;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which enterprises are designated innovation pilots (认定): a lead whose rights holder is one gets
 * the fast channel (quick response) and is listed first. Kept from pilot-service's {@link
 * PilotDesignated} and {@link PilotRevoked} events.
 */
@Component
public class FastChannel {

  private final JdbcTemplate jdbc;

  FastChannel(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isDesignated(String creditCode) {
    return creditCode != null
        && jdbc.queryForObject(
                "select count(*) from designated_pilot where credit_code = ?",
                Integer.class,
                creditCode)
            > 0;
  }

  void designated(PilotDesignated pilot) {
    if (pilot.creditCode() == null) {
      return; // a park or station without an enterprise of its own
    }
    jdbc.update(
        "insert into designated_pilot (credit_code, pilot_id, district, designated_at) values (?, ?, ?, ?) "
            + "on conflict (credit_code) do update set pilot_id = excluded.pilot_id, district = excluded.district, "
            + "designated_at = excluded.designated_at",
        pilot.creditCode(),
        pilot.pilotId(),
        pilot.district(),
        Timestamp.from(pilot.designatedAt()));
  }

  void revoked(PilotRevoked pilot) {
    jdbc.update("delete from designated_pilot where pilot_id = ?", pilot.pilotId());
  }
}
