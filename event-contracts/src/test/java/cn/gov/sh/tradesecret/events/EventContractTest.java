package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.cases.CaseDeadlineApproaching;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every field of a payload is required by its contract unless its type says {@code @Nullable}. */
class EventContractTest {

  @Test
  void everyFieldIsRequiredUnlessMarkedNullable() {
    assertThat(EventContract.requiredFields(LeadRegistered.class))
        .contains("leadId", "district", "owningUnit", "receivedAt");
    assertThat(EventContract.requiredFields(CaseDeadlineApproaching.class))
        .as("a lead's deadline has no case number")
        .doesNotContain("caseNumber")
        .as("primitives are always present")
        .doesNotContain("workingDaysLeft");
  }

  @Test
  void missingFieldsAreNamedInDeclarationOrder() {
    var whole =
        new CaseDeadlineApproaching(
            "L-1",
            "LEAD",
            null,
            "310117",
            "MR-310117",
            "FILING",
            Instant.EPOCH,
            3,
            Instant.EPOCH,
            false);
    var broken =
        new CaseDeadlineApproaching(
            null,
            "LEAD",
            null,
            null,
            "MR-310117",
            "FILING",
            Instant.EPOCH,
            3,
            Instant.EPOCH,
            false);

    assertThat(EventContract.missingFields(whole)).isEmpty();
    assertThat(EventContract.missingFields(broken)).containsExactly("subjectId", "district");
  }

  @Test
  void everyCataloguedPayloadIsARecordTheContractCanRead() {
    EventCatalog.entries()
        .forEach(
            entry ->
                assertThat(EventContract.requiredFields(entry.payloadType()))
                    .as(entry.type())
                    .isNotNull());
  }
}
