package cn.gov.sh.tradesecret.notifications.replay;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/** Forgets events, and the finished messages made of them, older than the retention. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ReplayProperties.class)
class HistoryRetention {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final JdbcTemplate jdbc;
  private final ReplayProperties properties;

  HistoryRetention(JdbcTemplate jdbc, ReplayProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  @Transactional
  public void forgetOldEvents() {
    double seconds = (double) properties.retention().toSeconds();
    String old =
        "select event_id from event_history where received_at < now() - make_interval(secs => ?)";
    jdbc.update(
        "delete from delivery_attempt where delivery_id in (select id from delivery where event_id in ("
            + old
            + ") and status <> 'PENDING')",
        seconds);
    jdbc.update(
        "delete from delivery where event_id in (" + old + ") and status <> 'PENDING'", seconds);
    int forgotten =
        jdbc.update(
            "delete from event_history h where h.received_at < now() - make_interval(secs => ?)"
                + " and not exists (select 1 from delivery d where d.event_id = h.event_id)",
            seconds);
    if (forgotten > 0) {
      log.info("Forgot {} events older than {}", forgotten, Duration.ofSeconds((long) seconds));
    }
  }
}
