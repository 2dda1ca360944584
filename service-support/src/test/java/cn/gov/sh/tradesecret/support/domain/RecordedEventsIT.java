package cn.gov.sh.tradesecret.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.support.SupportTestApplication;
import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What an aggregate records reaches the outbox in the transaction that saves it, and only then. */
@SpringBootTest(classes = SupportTestApplication.class)
@Import(PlatformTestInfrastructure.class)
class RecordedEventsIT {

  @Autowired TestLeads leads;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  int outboxRows(UUID id) {
    return jdbc.queryForObject(
        "select count(*) from outbox_event where message_key = ? and event_type = 'LeadRegistered'",
        Integer.class,
        id.toString());
  }

  @Test
  void savingAnAggregateStoresTheEventsItRecordedOnce() {
    UUID id = UUID.randomUUID();

    transaction.executeWithoutResult(status -> leads.save(TestLead.register(id, "310117")));

    assertThat(outboxRows(id)).isEqualTo(1);
    transaction.executeWithoutResult(status -> leads.save(leads.findById(id).orElseThrow()));
    assertThat(outboxRows(id)).as("a later save records nothing again").isEqualTo(1);
  }

  @Test
  void aRolledBackChangeLeavesNoEvent() {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      leads.save(TestLead.register(id, "310117"));
                      throw new IllegalStateException(
                          "the change fails after its event was recorded");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(outboxRows(id)).isZero();
    assertThat(leads.findById(id)).isEmpty();
  }
}
