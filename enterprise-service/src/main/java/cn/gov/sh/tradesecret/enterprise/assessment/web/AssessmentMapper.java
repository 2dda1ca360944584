package cn.gov.sh.tradesecret.enterprise.assessment.web;

import cn.gov.sh.tradesecret.enterprise.assessment.Guide;
import cn.gov.sh.tradesecret.enterprise.assessment.SelfAssessments;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import java.util.Map;
import java.util.TreeMap;
import org.mapstruct.Mapper;

/** Maps guides and self-assessments to the API. */
@Mapper(config = MappingConfig.class)
interface AssessmentMapper {

  GuideResponse toResponse(Guide guide);

  /**
   * The answers only for the enterprise itself: a bureau it shared the result with gets the scores
   * and the advice, as the event carries them.
   */
  default AssessmentResponse toResponse(SelfAssessments.Scored scored, Officer caller) {
    var assessment = scored.assessment();
    Map<String, String> answers = null;
    if (caller.agency() == AgencyType.ENTERPRISE) {
      answers = new TreeMap<>();
      for (var answer : assessment.getAnswers().entrySet()) {
        answers.put(answer.getKey(), answer.getValue().name());
      }
    }
    return new AssessmentResponse(
        assessment.getId().toString(),
        assessment.getGuideId(),
        assessment.getCreditCode(),
        assessment.getDistrict(),
        assessment.isShared(),
        assessment.getSubmittedAt(),
        answers,
        scored.result().score(),
        scored.result().areas().stream()
            .map(
                area ->
                    new AssessmentResponse.AreaResponse(
                        area.code(), area.title(), area.score(), area.recommendations()))
            .toList());
  }
}
