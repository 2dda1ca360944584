package cn.gov.sh.tradesecret.pilots.statistics.web;

import cn.gov.sh.tradesecret.pilots.statistics.PilotStatistics;
import cn.gov.sh.tradesecret.pilots.statistics.ProgrammeCounts;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pilot-statistics?district=&year=}: the programme's counts (see {@link
 * ProgrammeCounts}).
 */
@RestController
class PilotStatisticsController {

  private final ProgrammeCounts counts;

  PilotStatisticsController(ProgrammeCounts counts) {
    this.counts = counts;
  }

  @GetMapping("/api/pilot-statistics")
  PilotStatistics statistics(
      Officer officer,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return counts.count(officer, district, year);
  }
}
