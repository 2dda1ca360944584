package cn.gov.sh.tradesecret.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as a lead or case shows it.
 *
 * @param lastDay the last day to decide
 * @param dueAt end of that day, Asia/Shanghai
 * @param daysLeft calendar days from today to the last day (0 once passed)
 * @param workingDaysLeft working days after today up to the last day (0 once passed)
 * @param paused the clock stands still (an appraisal is under way)
 * @param extended the deadline was extended
 * @param breached the deadline passed
 * @param provisional a year up to the last day has no official holiday schedule yet: the last day
 *     is counted Monday to Friday there and moves once the State Council publishes it
 */
public record DeadlineView(
    LocalDate lastDay,
    Instant dueAt,
    int daysLeft,
    int workingDaysLeft,
    boolean paused,
    boolean extended,
    boolean breached,
    boolean provisional) {}
