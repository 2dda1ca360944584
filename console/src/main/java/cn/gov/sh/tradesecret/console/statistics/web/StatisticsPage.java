package cn.gov.sh.tradesecret.console.statistics.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of case-service ({@code GET /api/cases/statistics?from=&to=}) by district and
 * city-wide over a range of years: a table, charts drawn from the same figures (ECharts), the table
 * as CSV, and the consolidated yearly report of the city or a district ({@code GET
 * /api/cases/statistics/report}) as XLSX or CSV, passed through as the API wrote it. The console
 * counts nothing itself; a range the API refuses is shown beside its fields.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsPage {

  /** The columns of the table, as the API names them. */
  static final List<String> COLUMNS =
      List.of(
          "leads",
          "casesFiled",
          "casesHandled",
          "casesClosed",
          "openCases",
          "fines",
          "confiscations",
          "referralsProposed",
          "mediationsFailed",
          "mediationSuccessRate",
          "penaltiesExecuted",
          "penaltyExecutionRate");

  /** The columns the CSV of the table has kept since it was first offered. */
  static final List<String> CSV_COLUMNS =
      List.of("leads", "casesFiled", "casesClosed", "fines", "confiscations", "referralsProposed");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PlatformApi api;
  private final Clock clock;
  private final MessageSource messages;

  StatisticsPage(PlatformApi api, Clock clock, MessageSource messages) {
    this.api = api;
    this.clock = clock;
    this.messages = messages;
  }

  /** The range shown: {@code year} alone, or {@code from} and {@code to}; by default this year. */
  record Range(int from, int to) {
    static Range of(Integer year, Integer from, Integer to, Clock clock) {
      if (year != null) {
        return new Range(year, year);
      }
      int now = Year.now(clock).getValue();
      return new Range(from == null ? (to == null ? now : to) : from, to == null ? now : to);
    }
  }

  @GetMapping
  String page(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    Range range = Range.of(year, from, to, clock);
    model.addAttribute("from", range.from());
    model.addAttribute("to", range.to());
    model.addAttribute("columns", COLUMNS);
    try {
      Map<String, Object> figures = figures(range);
      model.addAttribute("figures", figures);
      model.addAttribute("chartData", JSON.writeValueAsString(figures));
      model.addAttribute("errors", Map.of());
    } catch (ApiProblem problem) {
      if (problem.status() != 400) {
        throw problem;
      }
      model.addAttribute("errors", problem.fieldErrors());
    }
    return "statistics/statistics";
  }

  /** The table of the range as CSV (district code, name, counts and amounts). */
  @GetMapping(path = "/cases.csv")
  @SuppressWarnings("unchecked")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    Range range = Range.of(year, from, to, clock);
    Map<String, Object> figures = figures(range);
    StringBuilder csv = new StringBuilder("district,name");
    CSV_COLUMNS.forEach(column -> csv.append(',').append(column));
    csv.append("\r\n");
    List<Map<String, Object>> rows =
        new ArrayList<>((List<Map<String, Object>>) figures.get("districts"));
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
      CSV_COLUMNS.forEach(column -> csv.append(',').append(row.get(column)));
      csv.append("\r\n");
    }
    // A byte-order mark: spreadsheet programs then read the district names as UTF-8.
    byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    String name =
        range.from() == range.to()
            ? "case-statistics-" + range.from()
            : "case-statistics-" + range.from() + "-" + range.to();
    return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
  }

  /** The API's yearly report of {@code district} (default: the city) as XLSX or CSV. */
  @GetMapping(path = "/report.{format}")
  ResponseEntity<byte[]> report(
      @PathVariable String format,
      @RequestParam int year,
      @RequestParam(defaultValue = "310000") String district) {
    byte[] body =
        api.getBytes(
            "/api/cases/statistics/report?year={year}&district={district}&format={format}",
            MediaType.ALL,
            year,
            district,
            format);
    MediaType type =
        "csv".equals(format) ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX;
    return download(body, type, "case-statistics-" + year + "-" + district + "." + format);
  }

  private Map<String, Object> figures(Range range) {
    return api.get("/api/cases/statistics?from={from}&to={to}", range.from(), range.to());
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
