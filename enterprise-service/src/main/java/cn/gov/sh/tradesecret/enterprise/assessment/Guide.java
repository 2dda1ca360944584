package cn.gov.sh.tradesecret.enterprise.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A sector's self-assessment guide: areas, each with weighted questions and the advice for a
 * question not (fully) met. Data, not code: a new sector is a new set of rows.
 */
public record Guide(String id, String sector, String title, String source, List<Area> areas) {

  public record Area(String code, String title, int weight, List<Question> questions) {}

  public record Question(String code, String text, int weight, String advice) {}

  /** The question of that code, in any area. */
  public Optional<Question> question(String code) {
    return areas.stream()
        .flatMap(area -> area.questions().stream())
        .filter(question -> question.code().equals(code))
        .findFirst();
  }

  /** Every question, in the guide's order. */
  public List<Question> questions() {
    return areas.stream().flatMap(area -> area.questions().stream()).toList();
  }
}
