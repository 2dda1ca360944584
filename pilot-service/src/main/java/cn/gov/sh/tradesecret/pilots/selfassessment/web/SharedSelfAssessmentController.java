package cn.gov.sh.tradesecret.pilots.selfassessment.web;

import cn.gov.sh.tradesecret.pilots.selfassessment.SharedSelfAssessments;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-assessments enterprises shared with their district bureau, beside the pilots' health
 * checks: those of one pilot's enterprise, and those of the bureau's districts. Under {@code
 * /api/pilots} because {@code /api/self-assessments} is enterprise-service's (the enterprise's own
 * answers).
 */
@RestController
class SharedSelfAssessmentController {

  private final SharedSelfAssessments assessments;

  SharedSelfAssessmentController(SharedSelfAssessments assessments) {
    this.assessments = assessments;
  }

  /** The assessments the pilot's enterprise shared, latest first: 404 as for its health checks. */
  @GetMapping("/api/pilots/{id}/self-assessments")
  List<SharedSelfAssessmentResponse> ofPilot(@PathVariable UUID id, Officer officer) {
    return assessments.ofPilot(id, officer).stream()
        .map(assessment -> SharedSelfAssessmentResponse.of(assessment, id))
        .toList();
  }

  /** The assessments shared with one district's bureau, or every one the officer's covers. */
  @GetMapping("/api/pilots/self-assessments")
  PageResponse<SharedSelfAssessmentResponse> list(
      Officer officer,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        assessments.list(
            district,
            officer,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "submittedAt"))),
        listed -> SharedSelfAssessmentResponse.of(listed.assessment(), listed.pilotId()));
  }
}
