package cn.gov.sh.tradesecret.enterprise.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a guide: an area's score is the share of its questions' weight the answers
 * earn (YES all, PARTLY half, NO nothing), 0 to 100; the overall score weighs the areas by their
 * weight. Every question not answered YES brings its advice.
 */
public final class Scoring {

  private Scoring() {}

  /** The result of one self-assessment. */
  public record Result(BigDecimal score, List<AreaScore> areas) {}

  /** An area's score and the advice for its questions not fully met. */
  public record AreaScore(
      String code, String title, BigDecimal score, List<String> recommendations) {}

  /** Scores {@code answers} (every question of the guide answered) against {@code guide}. */
  public static Result score(Guide guide, Map<String, Answer> answers) {
    double weighted = 0;
    int areaWeights = 0;
    List<AreaScore> areas = new ArrayList<>();
    for (Guide.Area area : guide.areas()) {
      double earned = 0;
      int total = 0;
      List<String> recommendations = new ArrayList<>();
      for (Guide.Question question : area.questions()) {
        Answer answer = answers.get(question.code());
        earned += question.weight() * answer.share();
        total += question.weight();
        if (answer != Answer.YES) {
          recommendations.add(question.advice());
        }
      }
      double score = total == 0 ? 100 : 100 * earned / total;
      weighted += score * area.weight();
      areaWeights += area.weight();
      areas.add(new AreaScore(area.code(), area.title(), rounded(score), recommendations));
    }
    return new Result(rounded(areaWeights == 0 ? 0 : weighted / areaWeights), List.copyOf(areas));
  }

  private static BigDecimal rounded(double score) {
    return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
  }
}
