package cn.gov.sh.tradesecret.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.support.SupportTestApplication;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A commit the database acknowledged is on disk: the outbox's promise ("the event exists if and
 * only if the change committed") holds through a crash only then.
 */
@SpringBootTest(classes = SupportTestApplication.class)
@Import(PlatformTestInfrastructure.class)
class DurableCommitsIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theDatabaseAcknowledgesACommitOnlyOnceItIsOnDisk() {
    assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
  }
}
