package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilingTest {

  @Test
  void theDayOfFilingIsTheShanghaiDayNotTheUtcOne() {
    // 00:30 in Shanghai is still the previous day in UTC.
    Filing filing =
        new Filing(UUID.randomUUID(), "沪市监松知字〔2031〕1号", "officer", shanghai("2031-01-16T00:30"));

    assertThat(filing.getFiledOn()).isEqualTo(LocalDate.of(2031, 1, 16));
  }

  @Test
  void keepsTheLeadTheNumberTheOfficerAndTheInstant() {
    UUID lead = UUID.randomUUID();
    Filing filing = new Filing(lead, "N-1", "officer-songjiang", shanghai("2031-01-15T10:00"));

    assertThat(filing.getLeadId()).isEqualTo(lead);
    assertThat(filing.getCaseNumber()).isEqualTo("N-1");
    assertThat(filing.getFiledBy()).isEqualTo("officer-songjiang");
    assertThat(filing.getFiledAt()).isEqualTo(shanghai("2031-01-15T10:00"));
  }
}
