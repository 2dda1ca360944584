package cn.gov.sh.tradesecret.enterprise.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A self-assessment: its answers, its score overall and per area, and the advice. */
record AssessmentResponse(
    String id,
    String guideId,
    String creditCode,
    String district,
    boolean shared,
    Instant submittedAt,
    Map<String, String> answers,
    BigDecimal score,
    List<AreaResponse> areas) {

  record AreaResponse(String code, String title, BigDecimal score, List<String> recommendations) {}
}
