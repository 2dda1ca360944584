package cn.gov.sh.tradesecret.cases.statistics.web;

import cn.gov.sh.tradesecret.cases.statistics.CaseStatistics;
import cn.gov.sh.tradesecret.cases.statistics.ReportFormat;
import cn.gov.sh.tradesecret.cases.statistics.StatisticsAccess;
import cn.gov.sh.tradesecret.cases.statistics.YearRange;
import cn.gov.sh.tradesecret.cases.statistics.YearlyReport;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case statistics, for market-regulation bureaus and procuratorates (aggregates only: no case
 * is named): {@code GET /api/cases/statistics?year=2025} or {@code ?from=2023&to=2025} (by default
 * this year; {@code to} defaults to this year), the figures by district and city-wide with the
 * city's breakdowns; {@code GET
 * /api/cases/statistics/report?year=2025&district=310117&format=xlsx}, the consolidated yearly
 * report of a district or (by default) the city as CSV or XLSX.
 */
@RestController
class CaseStatisticsController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CaseStatistics statistics;
  private final YearlyReport reports;
  private final Clock clock;

  CaseStatisticsController(CaseStatistics statistics, YearlyReport reports, Clock clock) {
    this.statistics = statistics;
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/api/cases/statistics")
  CaseStatistics.Period get(
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer from,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer to,
      Officer officer) {
    StatisticsAccess.require(officer);
    return statistics.of(YearRange.of(year, from, to, YearRange.currentYear(clock)));
  }

  @GetMapping("/api/cases/statistics/report")
  ResponseEntity<byte[]> report(
      @RequestParam @Min(2000) @Max(2100) int year,
      @RequestParam(defaultValue = Districts.MUNICIPAL) @Size(max = 6) String district,
      @RequestParam(defaultValue = "xlsx") @Size(max = 4) String format,
      Officer officer) {
    StatisticsAccess.require(officer);
    ReportFormat as = ReportFormat.named(format);
    YearlyReport.Report report = reports.of(year, district);
    return ResponseEntity.ok()
        .contentType(
            as == ReportFormat.XLSX ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "case-statistics-" + year + "-" + report.district() + "." + as.extension())
                .build()
                .toString())
        .body(reports.write(report, as));
  }
}
