package cn.gov.sh.tradesecret.enterprise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  static final Guide GUIDE =
      new Guide(
          "test",
          "TEST",
          "a guide",
          "the test",
          List.of(
              new Guide.Area(
                  "STAFF",
                  "staff",
                  3,
                  List.of(
                      new Guide.Question("S1", "agreements?", 1, "sign agreements"),
                      new Guide.Question("S2", "exit interviews?", 3, "hold exit interviews"))),
              new Guide.Area(
                  "RECORDS",
                  "records",
                  1,
                  List.of(new Guide.Question("R1", "versioned?", 2, "version the designs")))));

  @Test
  void areaScoreIsTheShareOfItsQuestionsWeightEarned() {
    Scoring.Result result =
        Scoring.score(GUIDE, Map.of("S1", Answer.YES, "S2", Answer.PARTLY, "R1", Answer.NO));

    // staff: (1 + 1.5) / 4 = 62.5; records: 0
    assertThat(result.areas().get(0).score()).isEqualByComparingTo("62.5");
    assertThat(result.areas().get(1).score()).isEqualByComparingTo("0");
    // areas weighed 3 : 1
    assertThat(result.score()).isEqualByComparingTo("46.9");
  }

  @Test
  void everyQuestionNotFullyMetBringsItsAdvice() {
    Scoring.Result result =
        Scoring.score(GUIDE, Map.of("S1", Answer.YES, "S2", Answer.PARTLY, "R1", Answer.NO));

    assertThat(result.areas().get(0).recommendations()).containsExactly("hold exit interviews");
    assertThat(result.areas().get(1).recommendations()).containsExactly("version the designs");
  }

  @Test
  void allYesScoresAHundredWithoutAdvice() {
    Scoring.Result result =
        Scoring.score(GUIDE, Map.of("S1", Answer.YES, "S2", Answer.YES, "R1", Answer.YES));

    assertThat(result.score()).isEqualByComparingTo("100");
    assertThat(result.areas()).allMatch(area -> area.recommendations().isEmpty());
  }
}
