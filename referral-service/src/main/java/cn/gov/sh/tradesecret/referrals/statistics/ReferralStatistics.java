package cn.gov.sh.tradesecret.referrals.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The referral figures of one jurisdiction and year, as the white paper reports them.
 *
 * @param year the calendar year (Asia/Shanghai)
 * @param district a district code, or {@code 310000} for the whole city
 * @param referrals counts by type (ADMINISTRATIVE_TO_CRIMINAL, REVERSE, JUDICIAL_CONFIRMATION) and
 *     outcome
 * @param steps the median time from the previous step to each step, in hours
 * @param breaches passed deadlines by agency and unit
 */
public record ReferralStatistics(
    int year,
    String district,
    List<Count> referrals,
    List<StepTime> steps,
    List<Breaches> breaches) {

  public record Count(String type, String outcome, long count) {}

  public record StepTime(String step, BigDecimal medianHours, long count) {}

  public record Breaches(String agency, String unit, long count) {}
}
