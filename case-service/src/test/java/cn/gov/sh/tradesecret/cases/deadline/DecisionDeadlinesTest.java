package cn.gov.sh.tradesecret.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic on a made-up holiday schedule, so each rule is visible in the dates. */
class DecisionDeadlinesTest {

  /**
   * A made-up year 2031: a holiday block from Wed 1 to Tue 7 October, with Saturday 11 October made
   * a working day (调休), and a one-day holiday on Monday 3 November.
   */
  private static final String SCHEDULE =
      """
      date,type,holiday
      2031-10-01,holiday,Made-up National Day
      2031-10-02,holiday,Made-up National Day
      2031-10-03,holiday,Made-up National Day
      2031-10-06,holiday,Made-up National Day
      2031-10-07,holiday,Made-up National Day
      2031-10-11,workday,Made-up National Day
      2031-11-03,holiday,Made-up day off
      """;

  private final DecisionDeadlines deadlines =
      new DecisionDeadlines(WorkingDayCalendar.of(Map.of("made-up", new StringReader(SCHEDULE))));

  private static Instant shanghai(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), WorkingDayCalendar.ZONE)
        .toInstant();
  }

  @Test
  void
      filingDecisionCountsFifteenWorkingDaysSkippingTheHolidayAndCountingTheMadeUpWorkingSaturday() {
    // Received Tue 30 Sep; Oct 1-7 are days off; then 8, 9, 10, 11 (Sat, made a working day) = 4,
    // 13-17 = 9, 20-24 = 14, Mon 27 Oct = 15.
    LocalDate due = deadlines.filingDecisionDue(shanghai("2031-09-30T16:00"), false);

    assertThat(due).isEqualTo(LocalDate.of(2031, 10, 27));
  }

  @Test
  void receiptDayItselfDoesNotCountEvenLateAtNightInShanghai() {
    // 23:30 in Shanghai on Tue 30 Sep is 15:30 UTC the same day: still the 30th.
    assertThat(deadlines.filingDecisionDue(shanghai("2031-09-30T23:30"), false))
        .isEqualTo(LocalDate.of(2031, 10, 27));
    // 00:30 on Wed 1 Oct (a holiday): the count starts after the 1st.
    assertThat(deadlines.filingDecisionDue(shanghai("2031-10-01T00:30"), false))
        .isEqualTo(LocalDate.of(2031, 10, 27));
  }

  @Test
  void extensionAddsFifteenMoreWorkingDaysSkippingTheMadeUpHolidayInNovember() {
    // From Mon 27 Oct: 28-31 (4), Nov 3 is a holiday, 4-7 (8), 10-14 (13), 17, 18 (15).
    assertThat(deadlines.filingDecisionDue(shanghai("2031-09-30T16:00"), true))
        .isEqualTo(LocalDate.of(2031, 11, 18));
  }

  @Test
  void caseDecisionIsNinetyCalendarDaysAndALastDayOffMovesToTheNextWorkingDay() {
    // Filed Fri 4 Jul 2031: +90 days = Thu 2 Oct, a holiday -> Wed 8 Oct (4th, 5th weekend; 6th,
    // 7th holidays).
    assertThat(deadlines.caseDecisionDue(shanghai("2031-07-04T10:00"), 0, 0, null))
        .isEqualTo(LocalDate.of(2031, 10, 8));
    // Filed Mon 7 Jul: +90 = Sun 5 Oct -> Wed 8 Oct.
    assertThat(deadlines.caseDecisionDue(shanghai("2031-07-07T10:00"), 0, 0, null))
        .isEqualTo(LocalDate.of(2031, 10, 8));
    // Filed Tue 1 Jul: +90 = Mon 29 Sep, a working day.
    assertThat(deadlines.caseDecisionDue(shanghai("2031-07-01T10:00"), 0, 0, null))
        .isEqualTo(LocalDate.of(2031, 9, 29));
  }

  @Test
  void appraisalPauseMovesTheCaseDeadlineByTheDaysTheClockStoodStill() {
    Instant filed = shanghai("2031-06-02T10:00"); // +90 = Sun 31 Aug
    int paused = deadlines.pausedDays(shanghai("2031-07-01T09:00"), shanghai("2031-07-15T17:00"));

    assertThat(paused).isEqualTo(14);
    assertThat(deadlines.caseDecisionDue(filed, 0, 0, null))
        .isEqualTo(LocalDate.of(2031, 8, 31).plusDays(1)); // Sun 31 -> Mon 1 Sep
    assertThat(deadlines.caseDecisionDue(filed, 0, paused, null))
        .isEqualTo(LocalDate.of(2031, 9, 15)); // Sun 14 -> Mon 15
    // extended from the expiry date as moved: Mon 15 Sep + 30 = Wed 15 Oct
    assertThat(deadlines.caseDecisionDue(filed, 30, paused, null))
        .isEqualTo(LocalDate.of(2031, 10, 15));
  }

  @Test
  void appraisalStartedAndFinishedTheSameDayPausesNothing() {
    assertThat(deadlines.pausedDays(shanghai("2031-07-01T09:00"), shanghai("2031-07-01T17:00")))
        .isZero();
  }

  @Test
  void collectiveDecisionDateGovernsWhateverElse() {
    LocalDate set = LocalDate.of(2031, 12, 31);
    assertThat(deadlines.caseDecisionDue(shanghai("2031-06-02T10:00"), 30, 14, set)).isEqualTo(set);
  }

  @Test
  void deadlineEndsAtTheEndOfItsLastDayInShanghai() {
    LocalDate due = LocalDate.of(2031, 10, 27);

    assertThat(deadlines.endOf(due)).isEqualTo(Instant.parse("2031-10-27T16:00:00Z"));
    assertThat(deadlines.isBreached(due, shanghai("2031-10-27T23:59:59"))).isFalse();
    assertThat(deadlines.isBreached(due, shanghai("2031-10-28T00:00"))).isTrue();
  }

  @Test
  void deadlineApproachesWithinThreeWorkingDaysCountingTheMadeUpWorkingSaturday() {
    LocalDate due = LocalDate.of(2031, 10, 14); // Tue
    // On Thu 9 Oct: 10 (Fri), 11 (Sat, working), 13, 14 -> 4 working days left: not yet.
    assertThat(deadlines.workingDaysLeft(due, shanghai("2031-10-09T12:00"))).isEqualTo(4);
    assertThat(deadlines.isApproaching(due, shanghai("2031-10-09T12:00"))).isFalse();
    // On Fri 10 Oct: 11, 13, 14 -> 3.
    assertThat(deadlines.isApproaching(due, shanghai("2031-10-10T12:00"))).isTrue();
    // On the last day itself: 0 left, approaching, not breached.
    assertThat(deadlines.workingDaysLeft(due, shanghai("2031-10-14T18:00"))).isZero();
    assertThat(deadlines.isApproaching(due, shanghai("2031-10-14T18:00"))).isTrue();
    // After it: breached, no longer approaching.
    assertThat(deadlines.isApproaching(due, shanghai("2031-10-15T00:01"))).isFalse();
  }

  @Test
  void viewShowsDaysAndWorkingDaysLeft() {
    DeadlineView view =
        deadlines.view(LocalDate.of(2031, 10, 14), shanghai("2031-09-30T12:00"), false, true);

    assertThat(view.daysLeft()).isEqualTo(14);
    assertThat(view.workingDaysLeft()).isEqualTo(6); // 8, 9, 10, 11 (Sat), 13, 14
    assertThat(view.extended()).isTrue();
    assertThat(view.breached()).isFalse();
  }
}
