package cn.gov.sh.tradesecret.enterprise.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The guides, as the database holds them. */
@Component
public class Guides {

  private final JdbcTemplate jdbc;

  Guides(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Guide> all() {
    return jdbc.queryForList("select id from assessment_guide order by id", String.class).stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .toList();
  }

  public Optional<Guide> find(String id) {
    List<Guide> found =
        jdbc.query(
            "select id, sector, title, source from assessment_guide where id = ?",
            (rs, row) ->
                new Guide(
                    rs.getString("id"),
                    rs.getString("sector"),
                    rs.getString("title"),
                    rs.getString("source"),
                    areas(rs.getString("id"))),
            id);
    return found.stream().findFirst();
  }

  private List<Guide.Area> areas(String guideId) {
    Map<String, List<Guide.Question>> questions = new LinkedHashMap<>();
    jdbc.query(
        "select area_code, code, text, weight, advice from guide_question where guide_id = ? order by position",
        rs -> {
          questions
              .computeIfAbsent(rs.getString("area_code"), code -> new ArrayList<>())
              .add(
                  new Guide.Question(
                      rs.getString("code"),
                      rs.getString("text"),
                      rs.getInt("weight"),
                      rs.getString("advice")));
        },
        guideId);
    return jdbc.query(
        "select code, title, weight from guide_area where guide_id = ? order by position",
        (rs, row) ->
            new Guide.Area(
                rs.getString("code"),
                rs.getString("title"),
                rs.getInt("weight"),
                List.copyOf(questions.getOrDefault(rs.getString("code"), List.of()))),
        guideId);
  }
}
