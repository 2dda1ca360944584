package cn.gov.sh.tradesecret.enterprise.report.web;

import cn.gov.sh.tradesecret.enterprise.report.InfringementReport;
import cn.gov.sh.tradesecret.enterprise.report.Reports;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online reports: an enterprise submits one and follows it; enterprises list their own, bureaus
 * those of their districts.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final Reports reports;
  private final ReportMapper mapper;

  ReportController(Reports reports, ReportMapper mapper) {
    this.reports = reports;
    this.mapper = mapper;
  }

  /** Report a suspected infringement (an enterprise): 201 with the tracking number. */
  @PostMapping
  ResponseEntity<ReportResponse> submit(
      @Valid @RequestBody SubmitReportRequest request, Officer caller) {
    InfringementReport report = reports.submit(mapper.toSubmission(request), caller);
    return ResponseEntity.created(URI.create("/api/reports/" + report.getId()))
        .body(mapper.toResponse(report));
  }

  /** A report and its status: its enterprise, or a bureau covering its district. */
  @GetMapping("/{id}")
  ReportResponse get(@PathVariable UUID id, Officer caller) {
    return mapper.toResponse(reports.find(id, caller));
  }

  /** The enterprise's own reports, or a bureau's, latest first. */
  @GetMapping
  PageResponse<ReportResponse> list(
      Officer caller,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        reports.list(
            caller,
            district,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "reportedAt"))),
        mapper::toResponse);
  }
}
