package cn.gov.sh.tradesecret.enterprise.assessment.web;

import cn.gov.sh.tradesecret.enterprise.assessment.Guide;
import cn.gov.sh.tradesecret.enterprise.assessment.SelfAssessments;
import cn.gov.sh.tradesecret.support.web.MappingConfig;
import java.util.Map;
import java.util.TreeMap;
import org.mapstruct.Mapper;

/** Maps guides and self-assessments to the API. */
@Mapper(config = MappingConfig.class)
interface AssessmentMapper {

  GuideResponse toResponse(Guide guide);

  default AssessmentResponse toResponse(SelfAssessments.Scored scored) {
    var assessment = scored.assessment();
    Map<String, String> answers = new TreeMap<>();
    assessment.getAnswers().forEach((code, answer) -> answers.put(code, answer.name()));
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
