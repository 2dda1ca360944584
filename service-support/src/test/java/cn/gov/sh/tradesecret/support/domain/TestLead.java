package cn.gov.sh.tradesecret.support.domain;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A lead-like aggregate of {@link RecordedEventsIT}: registering it records {@code LeadRegistered}.
 */
@Entity
@Table(name = "test_lead")
class TestLead extends AggregateRoot<TestLead> {

  @Id private UUID id;
  private String district;
  @Version private long version;

  protected TestLead() {}

  static TestLead register(UUID id, String district) {
    TestLead lead = new TestLead();
    lead.id = id;
    lead.district = district;
    lead.record(
        new LeadRegistered(
            id.toString(),
            district,
            "MR-" + district,
            "COMPLAINT",
            "Acme",
            new BigDecimal("1.00"),
            TestClock.now()));
    return lead;
  }
}
