package cn.gov.sh.tradesecret.cases.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.cases.CaseDeadlineExtended;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A lead's decisions, the events they record and the steps it refuses; no database, no Spring. */
class LeadTest {

  private static final Instant RECEIVED =
      LocalDateTime.parse("2031-01-15T10:00").atZone(WorkingDayCalendar.ZONE).toInstant();
  private static final LocalDate DUE = LocalDate.of(2031, 2, 5);

  private static Lead registered() {
    return new Lead(
        UUID.randomUUID(),
        "310117",
        "MR-310117",
        LeadSource.COMPLAINT,
        new Party("Rights holder", null),
        List.of(),
        "former engineer took the source code",
        new BigDecimal("50000"),
        RECEIVED,
        "officer-songjiang",
        RECEIVED,
        DUE,
        false,
        null);
  }

  private static List<Object> recorded(Lead lead) {
    return lead.takeRecordedEvents();
  }

  private static void assertRefused(Runnable step, String type) {
    assertThatThrownBy(step::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(type));
  }

  @Test
  void registeringRecordsTheLeadRegistered() {
    Lead lead = registered();

    assertThat(recorded(lead))
        .singleElement()
        .isInstanceOfSatisfying(
            LeadRegistered.class,
            e -> {
              assertThat(e.leadId()).isEqualTo(lead.getId().toString());
              assertThat(e.source()).isEqualTo("COMPLAINT");
            });
  }

  @Test
  void aDeclinedLeadIsDecidedAndCanNeitherBeFiledNorExtended() {
    Lead lead = registered();
    recorded(lead);

    lead.decline(DeclineReason.NO_VIOLATION, "public information", "officer-songjiang", RECEIVED);

    assertThat(recorded(lead))
        .singleElement()
        .isInstanceOfSatisfying(
            LeadDeclined.class, e -> assertThat(e.reasonCode()).isEqualTo("NO_VIOLATION"));
    assertRefused(
        () -> lead.filed(UUID.randomUUID(), "officer-songjiang", RECEIVED), "illegal-transition");
    assertRefused(
        () -> lead.extendDeadline(DUE.plusDays(21), "head-songjiang", RECEIVED, false),
        "illegal-transition");
  }

  @Test
  void theFilingDeadlineIsExtendedOnceAndTheMoveRecorded() {
    Lead lead = registered();
    recorded(lead);

    lead.extendDeadline(LocalDate.of(2031, 2, 26), "head-songjiang", RECEIVED, false);

    assertThat(recorded(lead))
        .singleElement()
        .isInstanceOfSatisfying(
            CaseDeadlineExtended.class,
            e -> {
              assertThat(e.subjectKind()).isEqualTo("LEAD");
              assertThat(e.previousDue()).isEqualTo(WorkingDayCalendar.endOf(DUE));
              assertThat(e.newDue()).isEqualTo(WorkingDayCalendar.endOf(LocalDate.of(2031, 2, 26)));
            });
    assertRefused(
        () -> lead.extendDeadline(LocalDate.of(2031, 3, 19), "head-songjiang", RECEIVED, false),
        "extension-exhausted");
  }

  @Test
  void aDesignationOnRecordIsNotReplacedByAnother() {
    Lead lead = registered();
    lead.designate("沪市监法〔2026〕12号", "municipal-head", RECEIVED);

    assertRefused(
        () -> lead.designate("沪市监法〔2026〕99号", "municipal-head", RECEIVED), "already-designated");
    assertThat(lead.getDesignation().getDocumentNumber()).isEqualTo("沪市监法〔2026〕12号");
  }

  @Test
  void aChangeOnAnOlderVersionIsStale() {
    Lead lead = registered();

    lead.requireVersion(0L);
    assertRefused(() -> lead.requireVersion(3L), "stale");
  }
}
