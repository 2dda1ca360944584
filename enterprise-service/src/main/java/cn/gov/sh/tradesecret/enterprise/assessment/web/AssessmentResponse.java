package cn.gov.sh.tradesecret.enterprise.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A self-assessment: its score overall and per area, the advice, and the answers (to the enterprise
 * itself only; null for the bureau it was shared with).
 */
record AssessmentResponse(
    String id,
    String guideId,
    String creditCode,
    String district,
    boolean shared,
    Instant submittedAt,
    @Nullable Map<String, String> answers,
    BigDecimal score,
    List<AreaResponse> areas) {

  record AreaResponse(String code, String title, BigDecimal score, List<String> recommendations) {}
}
