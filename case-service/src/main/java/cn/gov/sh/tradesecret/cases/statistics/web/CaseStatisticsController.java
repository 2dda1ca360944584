package cn.gov.sh.tradesecret.cases.statistics.web;

import cn.gov.sh.tradesecret.cases.statistics.CaseStatistics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/statistics?year=2025}: the year's figures by district and city-wide, for
 * market-regulation bureaus and procuratorates (aggregates only: no case is named).
 */
@RestController
class CaseStatisticsController {

  private final CaseStatistics statistics;

  CaseStatisticsController(CaseStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/api/cases/statistics")
  CaseStatistics.Year get(@RequestParam @Min(2000) @Max(2100) int year, Officer officer) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE),
        "case statistics are for market-regulation bureaus and procuratorates");
    return statistics.of(year);
  }
}
