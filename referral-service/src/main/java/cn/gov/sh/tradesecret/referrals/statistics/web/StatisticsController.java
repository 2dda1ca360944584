package cn.gov.sh.tradesecret.referrals.statistics.web;

import cn.gov.sh.tradesecret.referrals.statistics.ReferralStatistics;
import cn.gov.sh.tradesecret.referrals.statistics.StatisticsService;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/referral-statistics?year=2026&district=310117}: the figures of a district (or the
 * city) and year.
 */
@RestController
@RequestMapping("/api/referral-statistics")
class StatisticsController {

  private final StatisticsService statistics;

  StatisticsController(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GetMapping
  ReferralStatistics get(
      Officer officer,
      @RequestParam @Min(2000) @Max(2100) int year,
      @RequestParam(required = false) @Size(max = 6) String district) {
    return statistics.of(year, district, officer);
  }
}
