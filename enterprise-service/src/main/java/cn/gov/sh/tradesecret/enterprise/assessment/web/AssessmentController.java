package cn.gov.sh.tradesecret.enterprise.assessment.web;

import cn.gov.sh.tradesecret.enterprise.assessment.Guides;
import cn.gov.sh.tradesecret.enterprise.assessment.SelfAssessments;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-assessment: the guides (any signed-in caller), an enterprise's answers and their scores; a
 * bureau reads the self-assessments shared with it.
 */
@RestController
class AssessmentController {

  private final Guides guides;
  private final SelfAssessments assessments;
  private final AssessmentMapper mapper;

  AssessmentController(Guides guides, SelfAssessments assessments, AssessmentMapper mapper) {
    this.guides = guides;
    this.assessments = assessments;
    this.mapper = mapper;
  }

  @GetMapping("/api/assessment-guides")
  List<GuideResponse> guides() {
    return guides.all().stream().map(mapper::toResponse).toList();
  }

  @GetMapping("/api/assessment-guides/{id}")
  GuideResponse guide(@PathVariable String id) {
    return mapper.toResponse(
        guides.find(id).orElseThrow(() -> DomainException.notFound("guide", id)));
  }

  /** Answer a guide (an enterprise): 201 with the scores and the advice. */
  @PostMapping("/api/self-assessments")
  ResponseEntity<AssessmentResponse> submit(
      @Valid @RequestBody SubmitAssessmentRequest request, Officer caller) {
    SelfAssessments.Scored scored =
        assessments.submit(request.guideId(), request.answers(), request.shareWithBureau(), caller);
    return ResponseEntity.created(
            URI.create("/api/self-assessments/" + scored.assessment().getId()))
        .body(mapper.toResponse(scored, caller));
  }

  @GetMapping("/api/self-assessments/{id}")
  AssessmentResponse get(@PathVariable UUID id, Officer caller) {
    return mapper.toResponse(assessments.find(id, caller), caller);
  }

  @GetMapping("/api/self-assessments")
  PageResponse<AssessmentResponse> list(
      Officer caller,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageResponse.of(
        assessments.list(
            caller, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "submittedAt"))),
        scored -> mapper.toResponse(scored, caller));
  }
}
