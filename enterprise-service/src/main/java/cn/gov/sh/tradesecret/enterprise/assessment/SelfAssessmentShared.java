package cn.gov.sh.tradesecret.enterprise.assessment;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An enterprise shared a self-assessment with its district bureau: the scores, not the answers.
 *
 * @param areas each area's code and score (0 to 100)
 */
public record SelfAssessmentShared(
    String assessmentId,
    String guideId,
    String creditCode,
    String district,
    BigDecimal score,
    List<AreaScore> areas,
    Instant submittedAt)
    implements EventPayload {

  public record AreaScore(String code, BigDecimal score) {}

  @Override
  public String aggregateId() {
    return assessmentId;
  }
}
