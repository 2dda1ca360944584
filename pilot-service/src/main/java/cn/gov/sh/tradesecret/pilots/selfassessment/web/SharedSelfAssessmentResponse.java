package cn.gov.sh.tradesecret.pilots.selfassessment.web;

import cn.gov.sh.tradesecret.pilots.selfassessment.SharedSelfAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A self-assessment an enterprise shared with its district bureau: the guide, the scores overall
 * and per area, when it was submitted; {@code pilotId} is the enterprise's active pilot, if any.
 */
record SharedSelfAssessmentResponse(
    String id,
    String guideId,
    String creditCode,
    String district,
    String pilotId,
    BigDecimal score,
    List<AreaResponse> areas,
    Instant submittedAt,
    Instant receivedAt) {

  record AreaResponse(String code, BigDecimal score) {}

  static SharedSelfAssessmentResponse of(SharedSelfAssessment assessment, UUID pilotId) {
    return new SharedSelfAssessmentResponse(
        assessment.getId().toString(),
        assessment.getGuideId(),
        assessment.getCreditCode(),
        assessment.getDistrict(),
        pilotId == null ? null : pilotId.toString(),
        assessment.getScore(),
        assessment.getAreas().stream()
            .map(area -> new AreaResponse(area.code(), area.score()))
            .toList(),
        assessment.getSubmittedAt(),
        assessment.getReceivedAt());
  }
}
