package cn.gov.sh.tradesecret.cases.infringement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the unit tests of the case and its parts share: a calendar of plain weeks, Shanghai times,
 * refusals.
 */
final class CaseRules {

  /** Weekends off, no holidays: the dates in the tests can be counted by hand. */
  static final DecisionDeadlines DEADLINES =
      new DecisionDeadlines(
          WorkingDayCalendar.of(Map.of("plain weeks", new StringReader("date,type,holiday\n"))));

  private CaseRules() {}

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  /** {@code refused} throws the domain's refusal of this type. */
  static void assertRefused(ThrowingCallable refused, String type) {
    assertThatThrownBy(refused)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(type));
  }

  /** {@code refused} throws a validation refusal naming {@code field}. */
  static void assertInvalid(ThrowingCallable refused, String field) {
    assertThatThrownBy(refused)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.type()).isEqualTo("validation");
              assertThat(e.fields())
                  .extracting(DomainException.FieldProblem::field)
                  .containsExactly(field);
            });
  }
}
