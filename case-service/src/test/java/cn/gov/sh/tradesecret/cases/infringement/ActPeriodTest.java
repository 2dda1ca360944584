package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void aOneDayActIsCommittedThatDay() {
    assertThat(ActPeriod.of(LocalDate.of(2025, 10, 14), null, TODAY).committedOn())
        .isEqualTo(LocalDate.of(2025, 10, 14));
  }

  @Test
  void aContinuingActIsCommittedOnItsLastDay() {
    ActPeriod period = ActPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 15), TODAY);

    assertThat(period.committedOn()).isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(period.getStartedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void anActWithoutItsDayOrInTheFutureOrEndingBeforeItBeganIsRefusedNamingTheField() {
    assertInvalid(() -> ActPeriod.of(null, null, TODAY), "actStartedOn");
    assertInvalid(() -> ActPeriod.of(null, LocalDate.of(2025, 1, 1), TODAY), "actStartedOn");
    assertInvalid(() -> ActPeriod.of(TODAY.plusDays(1), null, TODAY), "actStartedOn");
    assertInvalid(
        () -> ActPeriod.of(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), TODAY),
        "actEndedOn");
    assertInvalid(
        () -> ActPeriod.of(LocalDate.of(2025, 5, 2), TODAY.plusDays(1), TODAY), "actEndedOn");
  }
}
