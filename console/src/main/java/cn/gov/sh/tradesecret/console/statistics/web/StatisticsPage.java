package cn.gov.sh.tradesecret.console.statistics.web;

import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The year's figures of case-service ({@code GET /api/cases/statistics?year=}) by district and
 * city-wide: a table, charts drawn from the same figures (ECharts), and the table as CSV. The
 * console counts nothing itself.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsPage {

  /** The columns of the white paper's table, as the API names them. */
  static final List<String> COLUMNS =
      List.of("leads", "casesFiled", "casesClosed", "fines", "confiscations", "referralsProposed");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PlatformApi api;
  private final Clock clock;
  private final MessageSource messages;

  StatisticsPage(PlatformApi api, Clock clock, MessageSource messages) {
    this.api = api;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping
  String page(@RequestParam(required = false) Integer year, Model model) {
    int shown = year == null ? Year.now(clock).getValue() : year;
    Map<String, Object> figures = api.get("/api/cases/statistics?year={year}", shown);
    model.addAttribute("year", shown);
    model.addAttribute("figures", figures);
    model.addAttribute("columns", COLUMNS);
    model.addAttribute("chartData", JSON.writeValueAsString(figures));
    return "statistics/statistics";
  }

  @GetMapping(path = "/cases.csv")
  @SuppressWarnings("unchecked")
  ResponseEntity<byte[]> csv(@RequestParam int year) {
    Map<String, Object> figures = api.get("/api/cases/statistics?year={year}", year);
    StringBuilder csv = new StringBuilder("district,name");
    COLUMNS.forEach(column -> csv.append(',').append(column));
    csv.append("\r\n");
    List<Map<String, Object>> rows =
        new java.util.ArrayList<>((List<Map<String, Object>>) figures.get("districts"));
    rows.add((Map<String, Object>) figures.get("cityWide"));
    for (Map<String, Object> row : rows) {
      String district = String.valueOf(row.get("district"));
      csv.append(district)
          .append(',')
          .append(
              quoted(
                  messages.getMessage(
                      "district." + district,
                      null,
                      String.valueOf(row.get("name")),
                      LocaleContextHolder.getLocale())));
      COLUMNS.forEach(column -> csv.append(',').append(row.get(column)));
      csv.append("\r\n");
    }
    // A byte-order mark: spreadsheet programs then read the district names as UTF-8.
    byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("case-statistics-" + year + ".csv")
                .build()
                .toString())
        .body(body);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
