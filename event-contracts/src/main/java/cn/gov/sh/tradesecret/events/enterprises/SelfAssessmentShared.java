package cn.gov.sh.tradesecret.events.enterprises;

import cn.gov.sh.tradesecret.events.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An enterprise shared a self-assessment with its district bureau: the scores, not the answers. The
 * bureau sees it beside the health checks of its pilots.
 *
 * @param assessmentId the assessment
 * @param guideId the sector guide answered, e.g. {@code ic-2026}
 * @param creditCode the enterprise's unified social credit code
 * @param district the district whose bureau receives it
 * @param score the overall score, 0 to 100
 * @param areas each area's code and score (0 to 100)
 * @param submittedAt when the enterprise submitted its answers
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

  /**
   * The score of one area of the guide.
   *
   * @param code the area, e.g. {@code classification}
   * @param score its score, 0 to 100
   */
  public record AreaScore(String code, BigDecimal score) {}

  @Override
  public String aggregateId() {
    return assessmentId;
  }
}
